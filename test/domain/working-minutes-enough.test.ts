// Whether an ask can wait for the next batch needs only the margin's worth of working time: counting stops there,
// and the answer is the same as with the whole count.
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import { workingMinutesBetween } from '../../src/domain/batches.js';

const s = resolveSettings({});
const sh = (local: string): Date => new Date(`${local}+08:00`);

describe('working minutes counted up to enough', () => {
  it('stop at a day that reaches it, and are the whole count below it', () => {
    const from = sh('2026-11-23T09:00:00');
    const farAway = sh('2027-01-29T18:00:00');
    const whole = workingMinutesBetween(from, farAway, s);
    const margin = s.askMarginHours * 60;
    const counted = workingMinutesBetween(from, farAway, s, margin);
    expect(counted).toBeGreaterThanOrEqual(margin);
    expect(counted).toBeLessThan(whole);
    const soon = sh('2026-11-23T10:30:00');
    expect(workingMinutesBetween(from, soon, s, margin)).toBe(workingMinutesBetween(from, soon, s));
    expect(workingMinutesBetween(from, soon, s, margin)).toBe(90);
  });
});
