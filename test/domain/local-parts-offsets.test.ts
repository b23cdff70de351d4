// localParts works from each quarter hour's offset (asked of Intl once): across offset changes, in zones whose offset
// is not whole hours, and before standard time (local mean time, offsets in seconds) it must give what Intl gives.
import { describe, expect, it } from 'vitest';
import { localParts, offsetMinutes } from '../../src/domain/time.js';

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function intlParts(at: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    hourCycle: 'h23', weekday: 'short',
  });
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(at)) p[x.type] = x.value;
  return {
    year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour) % 24, minute: Number(p.minute),
    second: Number(p.second), weekday: WEEKDAYS[p.weekday!],
  };
}

/** Instants every 7 minutes 13 seconds (and a few milliseconds) across two hours around `around`. */
function instantsAround(around: string): Date[] {
  const t0 = Date.parse(around) - 3_600_000;
  return Array.from({ length: 17 }, (_, i) => new Date(t0 + i * 433_007));
}

describe('localParts', () => {
  const cases: Array<[string, string]> = [
    ['America/New_York', '2026-03-08T07:00:00Z'], // 02:00 → 03:00
    ['America/New_York', '2026-11-01T06:00:00Z'], // 02:00 → 01:00
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], // half an hour back
    ['Asia/Kathmandu', '2026-06-01T12:00:00Z'], // +05:45
    ['Asia/Shanghai', '1900-12-31T16:00:00Z'], // local mean time (+08:05:43) to +08:00 at 15:54:17 UTC
    ['Asia/Shanghai', '2026-12-04T16:00:00Z'],
  ];
  it.each(cases)('gives what Intl gives in %s around %s', (zone, around) => {
    for (const at of instantsAround(around)) expect(localParts(at, zone), at.toISOString()).toEqual(intlParts(at, zone));
  });
});

describe('offsetMinutes', () => {
  it.each([['America/New_York', '2026-03-08T07:00:00Z'], ['Asia/Kathmandu', '2026-06-01T12:00:00Z'], ['Asia/Shanghai', '1900-12-31T16:00:00Z']])(
    'is the difference between the local wall clock and UTC in %s around %s',
    (zone, around) => {
      for (const at of instantsAround(around)) {
        const p = intlParts(at, zone);
        const wall = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)).getTime();
        expect(offsetMinutes(at, zone), at.toISOString()).toBe(Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000));
      }
    },
  );
});
