// The digest looks a period's held figures up collection by collection, or reads the period whole once it has many
// collections (a speed choice, src/bot/digest-data.ts): both ways name the same units as done and as missing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gatherDigest } from '../../../src/bot/digest-data.js';
import { Harness } from '../../support/harness.js';
import { tempDir } from '../../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  h?.close();
  tmp.remove();
});

describe('the digest reads held figures', () => {
  it('the same one by one as read whole for the period', () => {
    h = new Harness(join(tmp.dir, 'bot.db'), { start: '2026-11-23T09:00:00+08:00' });
    h.send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。');
    h.send('lead_cl', 'channel', '【区残联】请各镇街于11月28日前报送本月持证残疾人数。');
    h.send('zt_jz', 'dm', '低保户数120，低保人数200', { at: '2026-11-23T10:00:00+08:00' });
    const at = new Date('2026-11-24T18:00:00+08:00');

    const oneByOne = gatherDigest(h.bot.deps, at, { wholePeriodAfter: 1_000 });
    const whole = gatherDigest(h.bot.deps, at, { wholePeriodAfter: 0 });

    expect(oneByOne.collections.length).toBeGreaterThanOrEqual(2);
    expect(oneByOne.collections.some((c) => c.unitsDone > 0)).toBe(true);
    expect(oneByOne.collections.some((c) => c.unitsDone < c.unitsTotal)).toBe(true);
    expect(whole).toEqual(oneByOne);
  });
});
