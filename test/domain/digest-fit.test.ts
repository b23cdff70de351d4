// A digest longer than the platforms allow is shortened section by section: the longest list loses lines from its
// end (a quarter at a time) until the text fits, and each shortened list says how many lines it left out.
import { describe, expect, it } from 'vitest';
import { renderDigest, type DigestCollection, type DigestData } from '../../src/domain/digest.js';

const collection = (id: number, overdue: boolean): DigestCollection => ({
  id, title: `低保户数、低保人数${id}`, departments: ['民政局'], period: '2026年11月', deadline: '11月24日（周二）',
  unitsDone: 1, unitsTotal: 3, missing: [{ unit: '松溉镇', member: '邓芳' }, { unit: '来苏镇', member: null }], dueTomorrow: id % 3 === 0, overdue,
});

const data: DigestData = {
  date: '11月23日', requestsToday: [], poolAnsweredToday: 0, asksAvoidedToday: 0, asksAvoidedTotal: 0, minutesPerAsk: 15, failedDeliveries: 0,
  collections: [...Array.from({ length: 300 }, (_, i) => collection(i + 1, false)), ...Array.from({ length: 40 }, (_, i) => collection(1000 + i, true))],
};

describe('renderDigest over the byte limit', () => {
  it('keeps the first lines of the longest lists and counts the rest, within the limit', () => {
    const d = renderDigest(data, 6000);
    expect(Buffer.byteLength(d.text, 'utf8')).toBeLessThanOrEqual(6000);
    expect(d.sections.map((s) => [s.heading, s.lines.length, s.lines.at(-1)])).toEqual(EXPECTED);
    expect(d.text).toBe([d.title, ...d.sections.map((s) => [`■ ${s.heading}`, ...s.lines.map((l) => `· ${l}`)].join('\n'))].join('\n'));
  });
});

const EXPECTED = [
  ['进行中 300 个汇总', 16, '……另有 285 条，详见管理台'],
  ['明天截止', 20, '……另有 94 条，详见管理台'],
  ['已过截止仍未报齐 40 个', 17, '……另有 24 条，详见管理台'],
];
