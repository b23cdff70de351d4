// FRAMED_BY_AN_UNCHANGED_CLAIM: 低保户数不变，人数增加了2人 — the other item said unchanged compares this month with the last, so
// the change beside it is this month's against last month's. It was asked whether it corrected last month instead.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

function lastMonthOnFile(): void {
  const at = new Date('2026-10-28T10:00:00+08:00');
  bot().store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-10', value: 58, memberId: 'zt_jz', messageId: null, at });
  bot().store.pool.put({ unit: 'zhutuo', field: 'dibao_persons', period: '2026-10', value: 96, memberId: 'zt_jz', messageId: null, at });
  bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
}

describe('a change beside an item said unchanged', () => {
  it('低保户数不变，人数增加了2人 stores 58 and 98 for November', () => {
    lastMonthOnFile();
    const said = dm('低保户数不变，人数增加了2人', AT('10:00'));
    expect(said).not.toContain('是更正');
    expect(pool('dibao_households')).toBe(58);
    expect(pool('dibao_persons')).toBe(98);
    expect(pool('dibao_persons', '2026-10')).toBe(96);
  });

  it('alone, 人数增加了2人 is still asked about', () => {
    lastMonthOnFile();
    expect(dm('人数增加了2人', AT('10:00'))).toContain('是更正2026年10月的数，还是2026年11月比上期的变化');
    expect(pool('dibao_persons')).toBeUndefined();
  });
});
