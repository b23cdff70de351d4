// Issue 5 on the public scenarios: digests, reminders and escalations at their due times; no DM in quiet hours.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import { isQuietTime, isWorkingDay, nextAllowedDmTime } from '../../src/domain/calendar.js';
import { addDays, formatLocalDate, localParts, zonedDate } from '../../src/domain/time.js';
import { loadScenario, replay } from '../../src/replay/run.js';
import type { ReplayOutput, Scenario } from '../../src/replay/schema.js';
import { PUBLIC_SCENARIOS as SCENARIOS } from '../support/paths.js';

const PUBLIC = ['yongchuan-social-assistance', 'jiangbei-safety-inspection'];

const runs = new Map<string, { scenario: Scenario; output: ReplayOutput }>();
beforeAll(async () => {
  for (const name of PUBLIC) {
    const scenario = loadScenario(join(SCENARIOS, `${name}.json`));
    runs.set(name, { scenario, output: await replay(scenario) });
  }
});

describe.each(PUBLIC)('replay of %s', (name) => {
  const get = (): { scenario: Scenario; output: ReplayOutput; settings: ReturnType<typeof resolveSettings> } => {
    const run = runs.get(name)!;
    return { ...run, settings: resolveSettings({ timezone: run.scenario.timezone }, run.scenario.settings) };
  };

  it('posts one digest a day, at 18:00 local, in the channel', () => {
    const { scenario, output, settings } = get();
    const tz = settings.timezone;
    const start = new Date(scenario.start);
    const end = new Date(scenario.end ?? scenario.events.at(-1)!.at);
    const expected: string[] = [];
    for (let d = localParts(start, tz) as { year: number; month: number; day: number }; ; d = addDays(d, 1)) {
      const due = zonedDate(d, 18, 0, 0, tz);
      if (due > end) break;
      if (due >= start) expected.push(formatLocalDate(d));
    }
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(output.digests.map((g) => g.at)).toEqual(expected.map((d) => `${d}T18:00:00+08:00`));
    const digestMessages = output.messages.filter((m) => m.text.startsWith('【每日汇总】'));
    expect(digestMessages.map((m) => [m.at, m.to])).toEqual(output.digests.map((g) => [g.at, 'channel']));
  });

  it('sends no DM in quiet hours (21:00–08:00) or on a day off', () => {
    const { output, settings } = get();
    const dms = output.messages.filter((m) => m.to.startsWith('dm:'));
    expect(dms.length).toBeGreaterThan(20);
    for (const m of dms) {
      const at = new Date(m.at);
      expect(isQuietTime(at, settings), `${m.at} ${m.to}`).toBe(false);
      expect(isWorkingDay(localParts(at, settings.timezone), settings), `${m.at} ${m.to}`).toBe(true);
    }
  });

  it('reminds the members still missing values at the lead time before the deadline, once each', () => {
    const { output, settings } = get();
    const reminders = output.messages.filter((m) => m.text.startsWith('提醒：汇总'));
    expect(reminders.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const m of reminders) {
      const id = /汇总 (c\d+)/.exec(m.text)![1]!;
      const c = output.collections.find((x) => x.id === id)!;
      const due = new Date(new Date(c.deadline!).getTime() - settings.reminderLeadMinutes * 60_000);
      expect(new Date(m.at).getTime(), `${id} ${m.to}`).toBe(nextAllowedDmTime(due, settings).getTime());
      const key = `${id}/${m.to}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('escalates each collection still incomplete after its deadline, at the next working hour, once', () => {
    const { scenario, output } = get();
    const end = new Date(scenario.end!);
    const escalations = output.messages.filter((m) => m.to === 'channel' && m.text.includes('已过截止，仍有'));
    const ids = escalations.map((m) => /汇总 (c\d+)/.exec(m.text)![1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, m] of escalations.entries()) {
      const c = output.collections.find((x) => x.id === ids[i])!;
      const due = nextAllowedDmTime(new Date(new Date(c.deadline!).getTime() + 1000), resolveSettings({ timezone: scenario.timezone }));
      expect(new Date(m.at).getTime()).toBe(due.getTime());
    }
    // Every collection whose deadline passed and that is still missing values at the end was escalated.
    const has = new Set(output.values.map((v) => `${v.unit}/${v.field}/${v.period}`));
    for (const c of output.collections) {
      if (!c.deadline) continue;
      const due = nextAllowedDmTime(new Date(new Date(c.deadline).getTime() + 1000), resolveSettings({ timezone: scenario.timezone }));
      if (due.getTime() > end.getTime()) continue;
      const missing = c.targets.some((u) => c.fields.some((f) => !has.has(`${u}/${f}/${c.period}`)));
      if (missing) expect(ids, c.id).toContain(c.id);
    }
  });
});
