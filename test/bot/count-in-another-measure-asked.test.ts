// MEASURE_CONTRADICTS_LABEL, other counts: a figure whose measure word counts something else than the item its label
// names in full — animals counted in households (生猪存栏数1,200户), places counted in people (燃气隐患数12人次) — was
// dropped without a word. It is held for that item and asked about (生猪存栏数以“头”计，“1200户”是1200头吗？), nothing
// stored; 是的 stores it. A count said of a sum of money is not asked about (another item may hold it).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();

function dm(text: string, at = '2026-11-24T10:00:00+08:00'): string {
  return bot().send('zt_jz', 'dm', text, { at }).out.find((m) => m.chat === 'dm:zt_jz')!.text;
}
const pool = () => bot().store.pool.all().map((v) => `${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a count in a measure of another kind of thing', () => {
  it('生猪存栏数1,200户: asked, held, stored on 是的', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月生猪存栏数、燃气隐患数。', { at: '2026-11-23T09:00:00+08:00' });
    const out = dm('生猪存栏数1,200户，燃气隐患数12人次');
    expect(out).toContain('生猪存栏数以“头”计');
    expect(out).toContain('燃气隐患数以“处”计');
    expect(pool()).toEqual([]);
    dm('是的', '2026-11-24T10:05:00+08:00');
    expect(pool()).toEqual(['gas_hazards=12', 'livestock_pigs=1200']);
  });
});
