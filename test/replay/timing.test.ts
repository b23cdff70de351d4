// Issue 5 on the public scenarios: digests, reminders and escalations at their due times; no DM in quiet hours.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import { batchTimesOn, mustSendNow } from '../../src/domain/batches.js';
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

  it('lists what a member still owes in the last batch before each deadline (the reminder travels in the batch)', () => {
    const { scenario, output, settings } = get();
    const labels = new Map(scenario.fields.map((f) => [f.key, f.label]));
    // A value corrected later shows only its last version's event: when it was first answered is not known then.
    const answeredAt = new Map(output.values.map((v) => [`${v.unit}/${v.field}/${v.period}`,
      v.event === null || v.history > 1 ? 0 : Date.parse(scenario.events[v.event]!.at)]));
    let checked = 0;
    const end = Date.parse(scenario.end ?? scenario.events.at(-1)!.at);
    for (const a of output.asks) {
      if (!labels.has(a.field) || a.sentAt === null) continue;
      // The item's own deadline: the earliest of the requests that need it.
      const due = output.requests.filter((r) => r.period === a.period && r.targets.includes(a.unit) && r.fields.includes(a.field) && r.deadline)
        .map((r) => Date.parse(r.deadline!));
      if (!due.length) continue;
      const batch = lastBatchBefore(new Date(Math.min(...due)), settings);
      if (!batch || batch.getTime() > end || Date.parse(a.sentAt) > batch.getTime()) continue;
      const answered = answeredAt.get(`${a.unit}/${a.field}/${a.period}`);
      if (answered != null && answered <= batch.getTime()) continue;
      // That batch, or an earlier message the same day (which listed every open item).
      const day = formatLocalDate(localParts(batch, settings.timezone));
      const m = output.messages.filter((x) => x.to === `dm:${a.member}` && x.text.startsWith('【报数】') && Date.parse(x.at) <= batch.getTime()
        && formatLocalDate(localParts(new Date(x.at), settings.timezone)) === day).at(-1);
      expect(m, `${a.member} ${a.field} at ${batch.toISOString()}`).toBeDefined();
      expect(m!.text).toContain(labels.get(a.field)!);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('sends each member at most two batches a day, and asks at batch times unless a deadline is close', () => {
    const { output, settings } = get();
    const perDay = new Map<string, number>();
    for (const m of output.messages) {
      if (!m.to.startsWith('dm:') || !m.text.startsWith('【报数】')) continue;
      const key = `${m.to} ${formatLocalDate(localParts(new Date(m.at), settings.timezone))}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    expect(perDay.size).toBeGreaterThan(10);
    for (const [key, n] of perDay) expect(n, key).toBeLessThanOrEqual(2);
    // Off the batch times a message goes out only for an ask whose deadline is too close to wait (it carries the rest).
    const urgent = (a: ReplayOutput['asks'][number]): boolean => mustSendNow(new Date(a.at), deadlineOf(output, a), settings);
    for (const a of output.asks) {
      if (a.sentAt === null) continue;
      const sent = new Date(a.sentAt);
      const atBatch = batchTimesOn(localParts(sent, settings.timezone), settings).some((t) => t.getTime() === sent.getTime());
      if (atBatch) continue;
      const carrier = output.asks.find((b) => b.member === a.member && b.sentAt === a.sentAt && urgent(b));
      expect(carrier, `${a.member} ${a.field} ${a.sentAt}`).toBeDefined();
      expect(nextAllowedDmTime(new Date(carrier!.at), settings).getTime()).toBe(sent.getTime());
    }
  });

  it('escalates each collection still incomplete after its deadline, at the next working hour, once', () => {
    const { scenario, output } = get();
    const end = new Date(scenario.end!);
    const escalations = output.messages.filter((m) => m.to === 'channel' && m.text.includes('已过截止，仍有'));
    const ids = escalations.map((m) => /汇总 (c\d+)/.exec(m.text)![1]!);
    // A collection merging requests with different due days is escalated once a due day, naming the department whose
    // part is late (中民政局的部分…, DEADLINE_OF_EACH_REQUEST): its first escalation comes at its own (earliest) deadline.
    const firsts = escalations.filter((m, i) => ids.indexOf(ids[i]!) === i);
    expect(new Set(escalations.map((m, i) => `${ids[i]}|${m.text}`)).size).toBe(ids.length);
    for (const m of firsts) {
      const c = output.collections.find((x) => x.id === /汇总 (c\d+)/.exec(m.text)![1]!)!;
      const due = nextAllowedDmTime(new Date(new Date(c.deadline!).getTime() + 1000), resolveSettings({ timezone: scenario.timezone }));
      expect(new Date(m.at).getTime()).toBe(due.getTime());
    }
    // Every request whose deadline passed and whose own items are still missing at the end got its collection escalated
    // (each due day of a merged collection is escalated for its own requests' items).
    const has = new Set(output.values.map((v) => `${v.unit}/${v.field}/${v.period}`));
    for (const r of output.requests) {
      const c = output.collections.find((x) => x.id === r.collection);
      if (!r.deadline || !c?.deadline || new Date(r.deadline).getTime() < new Date(c.deadline).getTime()) continue;
      const due = nextAllowedDmTime(new Date(new Date(r.deadline).getTime() + 1000), resolveSettings({ timezone: scenario.timezone }));
      if (due.getTime() > end.getTime()) continue;
      const missing = r.targets.some((u) => r.fields.some((f) => !has.has(`${u}/${f}/${c.period}`)));
      if (missing) expect(ids, c.id).toContain(c.id);
    }
  });
});

function lastBatchBefore(deadline: Date, settings: ReturnType<typeof resolveSettings>): Date | null {
  let day = localParts(deadline, settings.timezone) as { year: number; month: number; day: number };
  for (let i = 0; i < 30; i++, day = addDays(day, -1)) {
    const before = batchTimesOn(day, settings).filter((t) => t < deadline);
    if (before.length) return before.at(-1)!;
  }
  return null;
}

/** The earliest deadline of a collection that needs the ask's (unit, field, period). */
function deadlineOf(output: ReplayOutput, a: ReplayOutput['asks'][number]): Date | null {
  const ds = output.collections.filter((c) => c.period === a.period && c.targets.includes(a.unit) && c.fields.includes(a.field) && c.deadline)
    .map((c) => Date.parse(c.deadline!));
  return ds.length ? new Date(Math.min(...ds)) : null;
}
