// Issue 15's figure on a generated week (8 departments, 12 clerks, 32 notices): every clerk gets at most two messages
// the bot starts per working day, no ask arrives later than the deadline margin allows, and asks equal the ideal.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import { workingMinutesBetween } from '../../src/domain/batches.js';
import { nextAllowedDmTime } from '../../src/domain/calendar.js';
import { formatLocalDate, localParts } from '../../src/domain/time.js';
import { replay } from '../../src/replay/run.js';
import type { ReplayOutput } from '../../src/replay/schema.js';
import { generatedWeek, type GeneratedWeek } from './generated-week.js';

let week: GeneratedWeek;
let output: ReplayOutput;
const settings = resolveSettings({});

beforeAll(async () => {
  week = generatedWeek();
  output = await replay(week.scenario);
});

/** DMs the bot started: every DM to a clerk that does not answer a message of theirs at that same instant. */
function startedPerDay(): Map<string, number> {
  const own = new Set(week.scenario.events.filter((e) => 'from' in e && e.in === 'dm').map((e) => `dm:${(e as { from: string }).from}@${Date.parse(e.at)}`));
  const perDay = new Map<string, number>();
  for (const m of output.messages) {
    if (!m.to.startsWith('dm:clerk_') || own.has(`${m.to}@${Date.parse(m.at)}`)) continue;
    const key = `${m.to} ${formatLocalDate(localParts(new Date(m.at), settings.timezone))}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  return perDay;
}

/** Whether the lead's confirmation at `at` names the member among those past the day's cap, with 加急 to override. */
function leadToldOfCap(member: string, at: string): boolean {
  const name = week.scenario.members.find((m) => m.id === member)!.name;
  return output.messages.some((m) => m.to === 'channel' && m.at === at && /· 减负：[^\n]*今天已收到 2 条私信[^\n]*加急 r\d+/.test(m.text) && m.text.split('· 减负：')[1]!.split('\n')[0]!.includes(name));
}

describe('a generated week', () => {
  it('has the size the issue names', () => {
    expect(week.scenario.departments.length).toBeGreaterThanOrEqual(8);
    expect(week.clerks.length).toBeGreaterThanOrEqual(12);
    expect(output.requests.length).toBeGreaterThanOrEqual(30);
  });

  it('asks exactly the ideal: every (unit, field, period) some notice needs, once', () => {
    const asked = output.asks.map((a) => `${a.unit}/${a.field}/${a.period}`);
    expect(new Set(asked).size).toBe(asked.length);
    expect(new Set(asked)).toEqual(week.ideal);
  });

  it('sends every clerk at most two messages a working day', () => {
    const perDay = startedPerDay();
    expect(perDay.size).toBeGreaterThan(week.clerks.length * 3);
    expect([...perDay].filter(([, n]) => n > 2)).toEqual([]);
  });

  it('sends no ask later than the margin allows, and leaves unsent only what a reply answered first', () => {
    const margin = settings.askMarginHours * 60;
    const values = new Set(output.values.map((v) => `${v.unit}/${v.field}/${v.period}`));
    for (const a of output.asks) {
      if (a.sentAt === null) {
        expect(values.has(`${a.unit}/${a.field}/${a.period}`), `${a.unit} ${a.field}`).toBe(true);
        continue;
      }
      const deadlines = output.requests.filter((r) => r.period === a.period && r.targets.includes(a.unit) && r.fields.includes(a.field) && r.deadline)
        .map((r) => Date.parse(r.deadline!));
      if (!deadlines.length) continue;
      const deadline = new Date(Math.min(...deadlines));
      const sent = new Date(a.sentAt);
      const inTime = workingMinutesBetween(sent, deadline, settings) >= margin || sent.getTime() <= nextAllowedDmTime(new Date(a.at), settings).getTime();
      // The one exception: the clerk had the day's two messages, and the lead heard so with the way to 加急.
      if (!inTime) expect(leadToldOfCap(a.member, a.at), `${a.member} ${a.field} asked ${a.at}, sent ${a.sentAt}, due ${deadline.toISOString()}`).toBe(true);
    }
  });
});
