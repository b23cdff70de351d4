import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import { isFirstBatchOfDay, mustSendNow, nextBatchTime, workingMinutesBetween } from '../../src/domain/batches.js';

const s = resolveSettings({});
const sh = (local: string): Date => new Date(`${local}+08:00`);

describe('batch times', () => {
  it('are the set local times on working days, the next one strictly after the instant', () => {
    expect(nextBatchTime(sh('2026-11-23T08:00:00'), s)).toEqual(sh('2026-11-23T09:00:00'));
    expect(nextBatchTime(sh('2026-11-23T09:00:00'), s)).toEqual(sh('2026-11-23T14:00:00'));
    // Friday afternoon → Monday morning.
    expect(nextBatchTime(sh('2026-11-27T15:00:00'), s)).toEqual(sh('2026-11-30T09:00:00'));
    const holiday = resolveSettings({ holidays: ['2026-11-30'] });
    expect(nextBatchTime(sh('2026-11-27T15:00:00'), holiday)).toEqual(sh('2026-12-01T09:00:00'));
    expect(nextBatchTime(sh('2026-11-23T08:00:00'), resolveSettings({ askBatches: [] }))).toBeNull();
  });

  it('reads a list from an environment string, and "off" as none', () => {
    expect(resolveSettings({ askBatches: '08:45,15:30' }).askBatches).toEqual(['08:45', '15:30']);
    expect(resolveSettings({ askBatches: 'off' }).askBatches).toEqual([]);
    expect(() => resolveSettings({ askBatches: ['9点'] })).toThrow();
  });

  it('knows the first batch of a day (the one that carries the to-do)', () => {
    expect(isFirstBatchOfDay(sh('2026-11-23T09:00:00'), s)).toBe(true);
    expect(isFirstBatchOfDay(sh('2026-11-23T14:00:00'), s)).toBe(false);
  });
});

describe('working time before a deadline', () => {
  it('counts office hours on working days only', () => {
    expect(workingMinutesBetween(sh('2026-11-23T14:00:00'), sh('2026-11-23T23:59:59'), s)).toBe(210);
    expect(workingMinutesBetween(sh('2026-11-27T14:00:00'), sh('2026-11-30T10:00:00'), s)).toBe(210 + 90);
    expect(workingMinutesBetween(sh('2026-11-23T18:00:00'), sh('2026-11-23T12:00:00'), s)).toBe(0);
  });

  it('sends at once only when waiting for the next batch would leave less than the margin', () => {
    // Next batch 14:00 leaves 3.5 working hours before a same-day deadline: at once.
    expect(mustSendNow(sh('2026-11-23T10:00:00'), sh('2026-11-23T23:59:59'), s)).toBe(true);
    // Tomorrow's deadline leaves a whole working day after 14:00: it waits.
    expect(mustSendNow(sh('2026-11-23T10:00:00'), sh('2026-11-24T23:59:59'), s)).toBe(false);
    // Posted after the last batch, due before noon tomorrow: 09:00–12:00 is under four hours.
    expect(mustSendNow(sh('2026-11-23T15:00:00'), sh('2026-11-24T12:00:00'), s)).toBe(true);
    expect(mustSendNow(sh('2026-11-23T15:00:00'), sh('2026-11-24T12:00:00'), resolveSettings({ askMarginHours: 2 }))).toBe(false);
    expect(mustSendNow(sh('2026-11-23T10:00:00'), null, s)).toBe(false);
    expect(mustSendNow(sh('2026-11-23T10:00:00'), null, resolveSettings({ askBatches: [] }))).toBe(true);
  });
});
