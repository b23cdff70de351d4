// MISNAMED_UNIT settled yes: 是的 (or the unit's own name, 是石桥村) after 「石乔村」是不是石桥村？ stores the held figures
// under 石桥村, each kept with the message that gave them beside the answer (留痕). A reply that is neither leaves them
// held.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-24T${time}:00+08:00`;
const pool = (unit: string, field: string) => bot().store.pool.get(unit, field, '2026-11')?.value;

function dm(text: string, time: string): { lineId: number | undefined; out: string } {
  const sent = bot().send('zt_jz', 'dm', text, { at: AT(time) });
  return { lineId: sent.lineId, out: sent.out.find((m) => m.chat === 'dm:zt_jz')!.text };
}

describe('a misnamed unit confirmed', () => {
  it('是的 stores the held figures under the unit asked about, with the message that gave them', () => {
    withVillages(bot());
    const given = dm('石乔村：低保户数12户，低保人数20人', '10:00').lineId;
    const { lineId: answer, out } = dm('是的', '10:05');
    expect(pool('shiqiao', 'dibao_households')).toBe(12);
    expect(pool('shiqiao', 'dibao_persons')).toBe(20);
    expect(bot().store.pool.get('shiqiao', 'dibao_persons', '2026-11')?.messageId).toBe(answer);
    expect(out).toContain('已记录（石桥村）');
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
    const audit = bot().store.db.prepare(`SELECT detail FROM audit WHERE subject = 'shiqiao/dibao_households/2026-11'`).get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ value: 12, message: answer, askedIn: given });
  });

  it('是石桥村 names the unit meant and stores them too', () => {
    withVillages(bot());
    dm('石乔村：低保户数12户', '10:00');
    dm('是石桥村', '10:05');
    expect(pool('shiqiao', 'dibao_households')).toBe(12);
  });

  it('a reply that does not answer keeps them held, nothing stored', () => {
    withVillages(bot());
    dm('石乔村：低保户数12户', '10:00');
    dm('好的', '10:05');
    expect(pool('shiqiao', 'dibao_households')).toBeUndefined();
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
  });
});
