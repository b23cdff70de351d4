// SHARED_SHORT_NAME: 朱沱镇's clerk reports for 石桥村 and 石桥社区 and writes 石桥12户20人. Which one is unclear, so the
// figures are neither dropped nor guessed: they are held and the clerk is asked 「石桥」是石桥村还是石桥社区？; the next
// reply naming one files them there, and 石桥 alone names neither.
import { describe, expect, it } from 'vitest';
import { withShortNameTwins } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pooled } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

const setUp = (): void => withShortNameTwins(bot());

describe('a short name two of the clerk\'s units start with', () => {
  it('is asked about, held, and filed under the unit the answer names', () => {
    setUp();
    const out = dm('白沙村9户15人；石桥12户、20人', AT('10:00'));
    expect(out).toContain('「石桥」是石桥村还是石桥社区？');
    expect(out).not.toContain('没有要你代报');
    expect(pooled()).toEqual(['baisha.dibao_households=9', 'baisha.dibao_persons=15']);
    expect(bot().store.held.openOf('zt_jz').map((h) => [h.field, h.value, h.label]).sort()).toEqual([
      ['dibao_households', 12, '石桥'], ['dibao_persons', 20, '石桥'],
    ]);
    // 石桥 again names neither
    dm('石桥', AT('10:03'));
    expect(pooled()).toHaveLength(2);
    expect(dm('石桥社区', AT('10:05'))).toContain('已记录（石桥社区）');
    expect(pooled()).toEqual([
      'baisha.dibao_households=9', 'baisha.dibao_persons=15', 'shiqiaosq.dibao_households=12', 'shiqiaosq.dibao_persons=20',
    ]);
  });

  it('石桥：… under a colon is asked the same way, nothing stored under 石桥村', () => {
    setUp();
    expect(dm('石桥：低保户数12户，低保人数20人', AT('10:00'))).toContain('「石桥」是石桥村还是石桥社区？');
    expect(pooled()).toEqual([]);
  });
});
