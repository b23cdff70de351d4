// ASKED_BACK_IS_OPEN for a reply told in two messages whose halves do not fit (LABELS_THEN_FIGURES): after every item
// has a figure, 低保户数 低保人数 then 126 is asked back (上一条写了2项…这条是1个数，对不上。请把项目和数写在一起再发一次);
// that question is open, so the reply asking it never ends 已全部报齐 (before, it did). Names and figures sent again,
// in the same two messages, are read and settle it.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('names then figures that do not fit, after everything was reported', () => {
  it('ask back without 已全部报齐, and the pair sent again settles it', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    expect(dm('低保户数120户，低保人数208人', AT('10:00'))).toContain('已全部报齐');
    dm('低保户数 低保人数', AT('10:30'));
    const asked = dm('126', AT('10:31'));
    expect(asked).toContain('对不上');
    expect(asked).not.toContain('已全部报齐');
    expect(asked).toContain('请回复我问你的问题');
    dm('低保户数 低保人数', AT('10:35'));
    const settled = dm('126 210', AT('10:36'));
    expect(settled).toContain('120户 → 126户');
    expect(settled).toContain('已全部报齐');
  });
});
