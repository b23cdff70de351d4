// HEADING_OVER_UNIT_LINES (parse.ts): 排查隐患：⏎康馨7⏎兴安苑4⏎平顶山6⏎共17 from a street clerk — the item on a line of its own
// ending in a colon, then one line a unit (short names), then a total. Read line by line, the units' lines had no label
// and each bare figure went to whatever item that unit still had open (兴安苑 走访户数 4), or to none.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const found = int('found', '排查隐患', ['隐患'], '处');
const visits = int('visits', '走访户数', ['走访户'], '户');
const candidates = [found, visits].map((field) => ({ field, period: '2026-12-10', answered: false }));
const names = ['康馨社区', '兴安苑社区', '平顶山社区'];
const read = (text: string) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '中华路街道',
  others: names.map((name, k) => ({ id: `c${k}`, name, candidates })),
}).values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort();

describe('an item heading over one line a unit', () => {
  it('short names, a total after them', () => {
    expect(read('排查隐患：\n康馨7\n兴安苑4\n平顶山6\n共17')).toEqual(['c0.found=7', 'c1.found=4', 'c2.found=6']);
  });
  it('measure words and a 合计 line', () => {
    expect(read('各社区走访户数：\n康馨312户\n兴安苑230户\n合计542户')).toEqual(['c0.visits=312', 'c1.visits=230']);
  });
  it('a unit said to have none', () => {
    expect(read('排查隐患：\n康馨7\n平顶山无')).toEqual(['c0.found=7', 'c2.found=0']);
  });
  it('one unit line alone is left as it was', () => {
    expect(read('排查隐患：\n康馨7')).toEqual([]);
  });
});
