// Property tests: the parser never throws, stays fast on huge input, and never invents a value from text that
// has no figure, numeral or answer word in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { CHINESE_NUMERAL_CHARS } from '../../../src/domain/numbers.js';
import { F, ctx, open } from './fixtures.js';

const everything = ctx(
  ...Object.values(F).flatMap((field) => [open(field), open(field, '2026-10', true), open(field, '2026-11-25')]),
);
const one = ctx(open(F.dibaoHouseholds), open(F.selfCheck), open(F.rectify));

/** Words that legitimately carry a value without digits: numerals, yes/no, 没有/无, enum options. */
const VALUE_CHARS = new Set([
  ...CHINESE_NUMERAL_CHARS, ...'壹贰叁肆伍陆柒捌玖拾佰仟萬億', ...'是否有无没未已完成对不√×', ...'整改中开始',
]);
const LABEL_CHARS = [...new Set(Object.values(F).flatMap((f) => [...[f.label, ...f.aliases, f.unit ?? ''].join('')]))];
const FILLER_CHARS = [...'本月上今年季度截至日的了，。；：、\n 镇街道社区报数据共计填其中另外收到好明白请问？（）@'];
const wordChars = [...LABEL_CHARS, ...FILLER_CHARS].filter((ch) => !VALUE_CHARS.has(ch) && !/\d/.test(ch));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...LABEL_CHARS, ...FILLER_CHARS, ...'0123456789.万元户人'), { maxLength: 120 }).map((a) => a.join('')),
);
const noValueText = fc.oneof(
  fc.array(fc.constantFrom(...wordChars), { maxLength: 120 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => [...s].filter((ch) => !VALUE_CHARS.has(ch) && !/[\d０-９]/.test(ch)).join('')),
);

describe('parseReply properties', () => {
  it('never throws and returns well-formed results on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseReply(text, everything);
        expect(Array.isArray(r.values)).toBe(true);
        for (const v of r.values) {
          expect(['number', 'string', 'boolean']).toContain(typeof v.value);
          if (typeof v.value === 'number') expect(Number.isFinite(v.value)).toBe(true);
          expect(everything.candidates.some((c) => c.field.key === v.field && c.period === v.period)).toBe(true);
        }
        if (r.ack) expect(r.values).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never invents a value from text without figures, numerals or answer words', () => {
    fc.assert(
      fc.property(noValueText, (text) => {
        expect(parseReply(text, everything).values).toEqual([]);
        expect(parseReply(text, one).values).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('handles control characters and odd contexts', () => {
    const weird = '\u0000\u0001低保户数\u0007：\u001b120\r\n特困\t3人\u200b\ufeff';
    expect(parseReply(weird, ctx(open(F.dibaoHouseholds), open(F.tekun))).values).toMatchObject([
      { field: 'dibao_households', value: 120 }, { field: 'tekun_persons', value: 3 },
    ]);
    expect(() => parseReply(weird, { at: new Date(NaN), timezone: 'Nowhere/Void', candidates: everything.candidates })).not.toThrow();
    expect(parseReply('', everything).values).toEqual([]);
    expect(parseReply('低保户数120', { at: new Date(), timezone: 'Asia/Shanghai', candidates: [] }).values).toEqual([]);
  });

  it('parses 20,000-character replies in bounded time', () => {
    const samples = [
      '低保户数：120，低保人数208人，特困3人；'.repeat(1000).slice(0, 20_000),
      '一'.repeat(20_000),
      '9'.repeat(20_000),
      '截至'.repeat(10_000),
      '低'.repeat(20_000),
      '。'.repeat(20_000),
      fc.sample(fc.string({ unit: 'binary', minLength: 20_000, maxLength: 20_000 }), 1)[0]!,
    ];
    // A quadratic pass would not finish within the test's timeout; speed itself is measured by `npm run bench`.
    for (const text of samples) {
      const r = parseReply(text, everything);
      expect(Array.isArray(r.values) && Array.isArray(r.invalid), text.slice(0, 10)).toBe(true);
    }
  }, 60_000);
});
