// MERGED_HEADER: a spreadsheet header with merged cells arrives as stacked rows; each column's label is its cells read
// down, a merged cell standing over every column it spans, and a bracketed measure word gives the figures their unit.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open } from './fixtures.js';
import { E, R } from './fields-fresh7.js';

function clerk(own: string, units: Array<[string, string]>, ...fields: FieldDef[]): ReplyContext {
  const candidates = fields.map((f) => open(f));
  return { at: AT, timezone: 'Asia/Shanghai', candidates: units.length ? [] : candidates, unitName: own, others: units.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a header of merged cells', () => {
  it('改厕 over 户数 and 受益人数, the measure words in the row below', () => {
    const r = parseReply(
      '村名\t清运垃圾\t改厕\t\t清理沟渠\n\t（吨）\t户数\t受益人数\t（米）\n石梁村\t36.5\t12\t41\t1,200\n文观村\t28\t8\t27\t850',
      clerk('马武镇', [['shiliang', '石梁村'], ['wenguan', '文观村']], R.garbage, R.toiletH, R.toiletP, R.ditch),
    );
    expect(byUnit(r.values)).toEqual([
      'shiliang.ditch=1200', 'shiliang.garbage=36.5', 'shiliang.toilet_h=12', 'shiliang.toilet_p=41',
      'wenguan.ditch=850', 'wenguan.garbage=28', 'wenguan.toilet_h=8', 'wenguan.toilet_p=27',
    ]);
  });

  it('three header rows over one row of figures', () => {
    const r = parseReply(
      '铁路三村社区\n排查\t隐患\t\t楼道\t入户\n楼栋\t飞线充电\t已整改\t电动车\t宣传\n（栋）\t（处）\t（处）\t（辆）\t（户）\n38\t6\t4\t9\t640',
      clerk('铁路三村社区', [], E.building, E.fly, E.fixed, E.ebike, E.visit),
    );
    expect(byUnit(r.values)).toEqual(['own.building=38', 'own.ebike=9', 'own.fixed=4', 'own.fly=6', 'own.visit=640']);
  });
});
