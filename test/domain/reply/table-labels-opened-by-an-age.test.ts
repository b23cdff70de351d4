// AGE_LED_LABEL (table.ts): a table cell opened by an age (80岁以上, 65周岁以上老人) names a band of people, an item's
// label, not a figure. Before, 80岁以上 in a header made the header look like a row of figures, so the table was not
// read and its figures were bound by the sentence reader to the wrong items (fresh21 柳树沟 80岁以上 9, 松树岭 21).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const fields: FieldDef[] = [
  int('total', '优抚对象人数', ['优抚对象'], '人'),
  int('confirmed', '已完成年度确认人数', ['已确认'], '人'),
  int('old', '80岁以上老兵', ['高龄老兵'], '人'),
  { key: 'money', label: '发放慰问金', aliases: ['慰问金'], type: 'number', unit: '元', min: 0 },
  { key: 'done', label: '是否完成年度确认', aliases: ['是否完成'], type: 'boolean' },
];
const read = (text: string) => parseReply(text, ctx(...fields.map((f) => open(f, '2026-12')))).values.map((v) => `${v.field}=${v.value}`).sort();

describe('a header cell opened by an age is a label', () => {
  it('tabs, with a yes/no cell', () => {
    expect(read('优抚对象\t已确认\t80岁以上\t慰问金\t是否完成\n9\t9\t1\t1,800\t是'))
      .toEqual(['confirmed=9', 'done=true', 'money=1800', 'old=1', 'total=9']);
  });

  it('spaces', () => {
    expect(read('已确认 80岁以上 慰问金\n21  4  4,200')).toEqual(['confirmed=21', 'money=4200', 'old=4']);
  });

  it('周岁 and a row label', () => {
    const elderly = int('elderly', '65周岁以上老人', ['65岁以上老人'], '人');
    const r = parseReply('项目\t65周岁以上老人\t优抚对象\n人数\t312\t14', ctx(open(elderly, '2026-12'), open(fields[0]!, '2026-12')));
    expect(r.values.map((v) => `${v.field}=${v.value}`).sort()).toEqual(['elderly=312', 'total=14']);
  });
});
