// ORDINAL_PICK on a question between items: 第一个 / 后者 answers “120”是低保户数还是低保人数？ by the place the question
// named the item in, when that is the only such question open.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('a question between items answered by place', () => {
  it('第一个 files the figure under the item named first', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保120', AT('10:00'))).toMatch(/“120”是低保户数还是低保人数/);
    dm('第一个', AT('10:05'));
    expect(pool('dibao_households')).toBe(120);
    expect(pool('dibao_persons')).toBeUndefined();
  });

  it('后者 files it under the item named last', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保120', AT('10:00'));
    dm('是后者', AT('10:05'));
    expect(pool('dibao_persons')).toBe(120);
    expect(pool('dibao_households')).toBeUndefined();
  });
});
