// RESTATED_IN_ITS_MEASURE: a figure held because its measure word contradicted the item (低保人数208户) is settled by the
// same figure said again in the item's measure (是208人); a question between two items is settled the same way.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('a figure held for its measure word', () => {
  it('is stored once the reporter says it again in the item\'s measure', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保人数208户', AT('10:00'))).toMatch(/208/);
    expect(pool('dibao_persons')).toBeUndefined();
    expect(pool('dibao_households')).toBeUndefined();
    dm('是208人，打错了', AT('10:05'));
    expect(pool('dibao_persons')).toBe(208);
    expect(pool('dibao_households')).toBeUndefined();
  });

  it('a question between two items is settled by the measure word too', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保户数120户，低保人数应该是210户', AT('10:00'))).toMatch(/210户/);
    expect(pool('dibao_households')).toBe(120);
    dm('是210人', AT('10:05'));
    expect(pool('dibao_persons')).toBe(210);
    expect(pool('dibao_households')).toBe(120);
  });
});
