// UNITS_LIST_UNLABELLED: 大河村32、双龙村28、红旗村15 from a town clerk — a line that opens on a unit's figure and lists the
// others after it gives each unit its bare figure, for the one item it has open. Read as clauses joined by 、 only the last
// unit kept its figure. With no label and two items open, each figure is asked about, never guessed.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const reply = (text: string, ...fields: Array<typeof F.dibaoHouseholds>) => {
  const candidates = fields.map((f) => open(f));
  return parseReply(text, {
    at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
    others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }, { id: 'hongqi', name: '红旗村', candidates }],
  });
};

describe('a list of units with no label', () => {
  it('gives each unit its figure', () => {
    const r = reply('大河村32、双龙村28、红旗村15', F.dibaoHouseholds);
    expect(r.values.map((v) => `${v.unit}.${v.value}`)).toEqual(['dahe.32', 'shuanglong.28', 'hongqi.15']);
  });

  it('after a heading of list words only', () => {
    const r = reply('各村情况：大河32、双龙28、红旗15', F.dibaoHouseholds);
    expect(r.values.map((v) => `${v.unit}.${v.value}`)).toEqual(['dahe.32', 'shuanglong.28', 'hongqi.15']);
  });

  it('two items open: nothing is stored', () => {
    expect(reply('大河村32、双龙村28', F.dibaoHouseholds, F.dibaoPersons).values).toEqual([]);
  });

  it('a remark about another unit keeps the clauses apart', () => {
    const r = reply('大河村32户，双龙村28户，红旗村同上月', F.dibaoHouseholds);
    expect(r.values.map((v) => `${v.unit}.${v.value}`)).toEqual(['dahe.32', 'shuanglong.28']);
  });
});
