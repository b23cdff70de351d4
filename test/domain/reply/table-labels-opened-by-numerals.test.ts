// Table cells that open with a numeral but are labels: a header cell opened by a period's name (6月销号, 10月新增) is
// that period's item, and a row label naming a unit the reporter speaks for (七里 for 七里村) is that unit. Neither
// is a figure, so the table is read: before, 6月销号 in the header hid the whole table, and 七里 ended it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open } from './fixtures.js';

const checked: FieldDef = { key: 'checked', label: '排查户数', aliases: ['排查'], type: 'integer', unit: '户', min: 0 };
const fixed: FieldDef = { key: 'fixed', label: '已整改销号户数', aliases: ['销号'], type: 'integer', unit: '户', min: 0 };
const asks = () => [open(checked, '2026-06'), open(fixed, '2026-06')];
const town = {
  ...ctx(...asks()),
  unitName: '水坪镇',
  others: [
    { id: 'shuangzhu', name: '双竹村', candidates: asks() },
    { id: 'qili', name: '七里村', candidates: asks() },
  ],
};
const byUnit = (text: string) => parseReply(text, town).values.map((v) => `${v.unit ?? 'own'}:${v.field}=${v.value}@${v.period}`).sort();

describe('labels opened by numerals', () => {
  it('a header cell opened by a month is that month\'s item', () => {
    expect(byUnit('村\t排查户数\t6月销号\n双竹\t1538\t7')).toEqual(['shuangzhu:checked=1538@2026-06', 'shuangzhu:fixed=7@2026-06']);
  });

  it('a row label that is a village\'s short name starting with a numeral', () => {
    expect(byUnit('村\t排查户数\t6月销号\n双竹\t1538\t7\n七里\t900\t3')).toEqual([
      'qili:checked=900@2026-06', 'qili:fixed=3@2026-06', 'shuangzhu:checked=1538@2026-06', 'shuangzhu:fixed=7@2026-06',
    ]);
  });
});
