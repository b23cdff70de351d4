// 8户 19人 不对，是9户21人: figures listed side by side and then said wrong together are each taken back; the figures
// after them are the ones recorded (the first of them is never kept over its correction).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

describe('figures said wrong together', () => {
  const bot = useHarness();

  it('are all replaced by the figures that follow', () => {
    const h = bot();
    withVillages(h);
    h.send('bs_ww', 'dm', '低保8户19人', { at: '2026-11-23T10:00:00+08:00' });
    h.send('bs_ww', 'dm', '8户 19人 不对，是9户21人', { at: '2026-11-23T10:04:00+08:00' });
    expect(h.store.pool.get('baisha', 'dibao_households', '2026-11')?.value).toBe(9);
    expect(h.store.pool.get('baisha', 'dibao_persons', '2026-11')?.value).toBe(21);
  });

  it('written without spaces too, in a first report', () => {
    const h = bot();
    withVillages(h);
    h.send('sq_ww', 'dm', '刚才说的12户30人报错了，应该是13户31人', { at: '2026-11-23T10:04:00+08:00' });
    expect(h.store.pool.get('shiqiao', 'dibao_households', '2026-11')?.value).toBe(13);
    expect(h.store.pool.get('shiqiao', 'dibao_persons', '2026-11')?.value).toBe(31);
  });
});
