// Promise: no input text makes a parser throw or hang — every parser answers in bounded time (well under 50 ms up to
// 5,000 chars on a quiet machine: npm run bench; asserted at 2 s, which only a hang exceeds on a machine shared by many runs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDigest, type DigestData } from '../../src/domain/digest.js';
import { parseNumberToken } from '../../src/domain/numbers.js';
import { findPeriodMentions } from '../../src/domain/period.js';
import { parseReply, type ReplyCandidate } from '../../src/domain/reply/parse.js';
import { parseRequestEdit } from '../../src/domain/request/edit.js';
import { parseRequest } from '../../src/domain/request/parse.js';
import type { Member, ParseContext } from '../../src/domain/types.js';
import { DATA_DIR, loadRosterFile, seedDictionary } from '../../src/store/seed.js';
import { Store } from '../../src/store/store.js';

const store = Store.open(':memory:');
seedDictionary(store);
loadRosterFile(store, JSON.parse(readFileSync(join(DATA_DIR, 'demo', 'roster.json'), 'utf8')) as never);
afterAll(() => store.close());
const roster = store.roster.snapshot();
const fields = store.fields.all();
const TZ = 'Asia/Shanghai';

const LIMIT_MS = 2_000;
const RUNS = Number(process.env.FC_RUNS ?? 150);

/** Words the parsers look for, so random text often reaches their deeper paths. */
const vocabulary = [
  ...fields.flatMap((f) => [f.label, ...f.aliases]).slice(0, 200),
  ...roster.units.map((u) => u.name), ...roster.departments.flatMap((d) => [d.name, ...d.aliases]), ...roster.members.map((m) => m.name),
  '本月', '上月', '下月', '本季度', '第三季度', '今年', '去年', '2026年', '11月', '12月31日', '本周五', '下周一', '明天', '月底', '前',
  '截止', '截至', '日前', '报送', '请', '各镇街', '各村', '数据', '更正', '应为', '改为', '撤回', '加上', '去掉', '延期', '收到', '好的',
  '：', ':', '，', '。', '、', '\n', ' ', '（', '）', '1.', '2、', '万', '千', '百', '元', '户', '人', '人次', '%', '是', '否', '无', '@一表通',
  '一', '二', '两', '三', '十', '百', '零', '〇', '壹', '12', '3.5', '1,234', '－', '-', '—', '～', '至', '?', '？', '还在核对', '晚点报',
];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 3, arbitrary: fc.integer({ min: -1e9, max: 1e12 }).map(String) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
/** Texts up to ~5,000 characters: soups of domain words, numbers and arbitrary unicode. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(token, { maxLength: 120 }).map((t) => t.join('')) },
  { weight: 1, arbitrary: fc.array(token, { minLength: 300, maxLength: 1200 }).map((t) => t.join('').slice(0, 5_000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5_000 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 2_500 })).map(([w, n]) => w.repeat(n).slice(0, 5_000)) },
);
const at = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
const member = fc.constantFrom(...roster.members) as fc.Arbitrary<Member>;
const ctxAt = (d: Date): ParseContext => ({ roster, fields, at: d, timezone: TZ, botName: '一表通' });
const period = fc.constantFrom(null, '2026-11', '2026-10', '2026-Q3', '2026', '2025', '2026-11-30');
const candidates = fc.uniqueArray(fc.record({ field: fc.constantFrom(...fields), period, answered: fc.boolean() }), {
  maxLength: 12, selector: (c) => `${c.field.key}/${c.period}`,
}) as fc.Arbitrary<ReplyCandidate[]>;

/** Runs fn, failing if it throws or takes too long (timed twice before failing, so one GC pause is not a hang). */
function bounded(fn: () => unknown, limitMs = LIMIT_MS): void {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    fn();
    const ms = performance.now() - started;
    if (ms < limitMs) return;
    if (attempt === 1) expect.fail(`took ${ms.toFixed(1)} ms (limit ${limitMs} ms)`);
  }
}

/** The 20,000-character cases every parser must also survive quickly. */
const huge = [
  vocabulary.join('').repeat(40).slice(0, 20_000),
  '低保户数：120，'.repeat(2_000).slice(0, 20_000),
  '1'.repeat(20_000),
  '一'.repeat(20_000),
  '本月'.repeat(10_000),
  '((((((((('.repeat(2_300).slice(0, 20_000),
  `${'请各镇街于12月31日前报送'.repeat(1_000)}`.slice(0, 20_000),
];
// A hang ceiling, not a speed target: a runaway pattern takes minutes here; the speed of these cases is measured by
// npm run bench (understanding: worst case).
const HUGE_MS = 10_000;

describe('parsers never throw and never hang', () => {
  it('parseRequest', () => {
    fc.assert(fc.property(text, member, at, (t, m, d) => bounded(() => parseRequest(t, m, ctxAt(d)))), { numRuns: RUNS });
    for (const t of huge) bounded(() => parseRequest(t, roster.members[0]!, ctxAt(new Date())), HUGE_MS);
  });

  it('parseRequestEdit', () => {
    fc.assert(fc.property(text, at, (t, d) => bounded(() => parseRequestEdit(t, ctxAt(d)))), { numRuns: RUNS });
    for (const t of huge) bounded(() => parseRequestEdit(t, ctxAt(new Date())), HUGE_MS);
  });

  it('parseReply', () => {
    fc.assert(fc.property(text, candidates, at, (t, c, d) => bounded(() => parseReply(t, { at: d, timezone: TZ, candidates: c }))), {
      numRuns: RUNS,
    });
    const all = fields.slice(0, 40).map((f) => ({ field: f, period: '2026-11', answered: false }));
    for (const t of huge) bounded(() => parseReply(t, { at: new Date(), timezone: TZ, candidates: all }), HUGE_MS);
  });

  it('findPeriodMentions', () => {
    fc.assert(fc.property(text, at, (t, d) => bounded(() => findPeriodMentions(t, d, TZ))), { numRuns: RUNS * 2 });
    for (const t of huge) bounded(() => findPeriodMentions(t, new Date(), TZ), HUGE_MS);
  });

  it('parseNumberToken', () => {
    const numberish = fc.oneof(text, fc.array(fc.constantFrom(...'零〇一壹二贰两三四五六七八九十百千万亿0123456789.,-'), { maxLength: 5_000 }).map((a) => a.join('')));
    fc.assert(fc.property(numberish, (t) => bounded(() => {
      const n = parseNumberToken(t);
      if (n !== null) expect(typeof n).toBe('number');
    })), { numRuns: RUNS * 2 });
    for (const t of huge) bounded(() => parseNumberToken(t), HUGE_MS);
  });

  it('renderDigest with random data stays under its byte limit', () => {
    const words = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...vocabulary));
    const collection = fc.record({
      id: fc.nat(), title: words, departments: fc.array(words, { maxLength: 5 }), period: fc.oneof(period.map((p) => p ?? '2026'), words),
      deadline: words, unitsDone: fc.nat(1_000), unitsTotal: fc.nat(1_000),
      missing: fc.array(fc.record({ unit: words, member: fc.option(words) }), { maxLength: 60 }),
      dueTomorrow: fc.boolean(), overdue: fc.boolean(),
    });
    const data: fc.Arbitrary<DigestData> = fc.record({
      date: words,
      requestsToday: fc.array(fc.record({ id: fc.nat(), department: words, title: words, collection: fc.nat(), merged: fc.boolean() }), { maxLength: 80 }),
      collections: fc.array(collection, { maxLength: 80 }),
      poolAnsweredToday: fc.nat(), asksAvoidedToday: fc.nat(), asksAvoidedTotal: fc.nat(),
      minutesPerAsk: fc.integer({ min: 0, max: 600 }), failedDeliveries: fc.nat(),
    });
    fc.assert(fc.property(data, fc.integer({ min: 2_000, max: 30_000 }), (d, max) => bounded(() => {
      const digest = renderDigest(d, max);
      expect(Buffer.byteLength(digest.text)).toBeLessThanOrEqual(max);
    })), { numRuns: RUNS });
  });
});
