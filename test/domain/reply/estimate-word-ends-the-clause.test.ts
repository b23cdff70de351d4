// 宣传单500张差不多 / 130户差不多吧: 差不多 after the figure, ending its clause, makes the figure an estimate, as 左右 does;
// 500张差不多都发完了 says something else with it, and the figure stays exact.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const read = (text: string) =>
  parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values.map((v) => [v.field, v.value, v.approximate ?? false]);

describe('差不多 after the figure', () => {
  for (const text of ['低保户130户差不多', '低保户130户差不多吧', '低保户数130 差不多吧']) {
    it(text, () => expect(read(text)).toEqual([['dibao_households', 130, true]]));
  }
  it('before the next item, after a comma', () => {
    expect(read('低保户130户差不多，人数208人')).toEqual([['dibao_households', 130, true], ['dibao_persons', 208, false]]);
  });
  it('going on to say something else: exact', () => {
    expect(read('低保户130户差不多都核实了')).toEqual([['dibao_households', 130, false]]);
  });
});
