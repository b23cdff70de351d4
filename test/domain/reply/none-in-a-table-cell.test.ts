// A pasted table's cell may say none in words (暂无, 没有, 不涉及): the row is still a row of figures, that cell 0;
// 暂无数据 in a cell is not known, no figure. The other cells keep their columns (no shift onto another item).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import type { FieldDef } from '../../../src/domain/types.js';

const i = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const F = [
  i('g', '下辖村民小组个数', ['村民小组个数', '村民小组'], '个'), i('h', '村庄户数', ['户数'], '户'),
  i('p', '村庄人口数', ['人口数'], '人'), i('f', '农家乐（民宿）数量', ['农家乐', '民宿'], '家'),
];
const all = () => ctx(...F.map((f) => open(f, '2026')));

describe('none in a table cell', () => {
  it('is 0, and the row under the header keeps its columns', () => {
    const r = parseReply('村民小组\t户数\t人口数\t农家乐（民宿）\n21\t955\t3,806\t暂无', all());
    expect(summary(r.values)).toEqual(['f=0@2026', 'g=21@2026', 'h=955@2026', 'p=3806@2026']);
  });

  it('said 不涉及 is 0 too', () => {
    const r = parseReply('村民小组\t户数\t人口数\t农家乐\n9\t430\t1,512\t不涉及', all());
    expect(summary(r.values)).toEqual(['f=0@2026', 'g=9@2026', 'h=430@2026', 'p=1512@2026']);
  });

  it('gives no figure when it says 暂无数据', () => {
    const r = parseReply('村民小组\t户数\t人口数\t农家乐\n9\t430\t1,512\t暂无数据', all());
    expect(summary(r.values)).toEqual(['g=9@2026', 'h=430@2026', 'p=1512@2026']);
  });
});
