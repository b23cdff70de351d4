// OFFERED_FIGURES_CARRIED: a figure refused because the reporter offered two (是0.6万还是0.65万我再核一下) carries the
// figures offered, each in the item's own unit, so the bot keeps them with its question instead of reading them back out
// of the question's wording. A refused figure that offers none (126.5人 for a count) carries none.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open } from './fixtures.js';

const fundWan: FieldDef = { key: 'temp_aid_fund', label: '临时救助金额', aliases: ['救助金额'], type: 'number', unit: '万元', min: 0 };

describe('the figures a refused reading offered', () => {
  it('两个数 offered for one item: both, in the item\'s unit, in the order said', () => {
    const r = parseReply('临时救助金额是0.6万还是0.65万我再核一下', ctx(open(fundWan)));
    expect(r.values).toEqual([]);
    expect(r.invalid.map((i) => i.readings)).toEqual([[{ value: 0.6, raw: '0.6万' }, { value: 0.65, raw: '0.65万' }]]);
  });

  it('in Chinese numerals too', () => {
    const r = parseReply('低保人数四十一还是四十二我再核一下', ctx(open(F.dibaoPersons)));
    expect(r.invalid.map((i) => i.readings?.map((x) => x.value))).toEqual([[41, 42]]);
  });

  it('a figure refused for its form offers none', () => {
    const r = parseReply('低保人数126.5', ctx(open(F.dibaoPersons)));
    expect(r.invalid).toHaveLength(1);
    expect(r.invalid[0]!.readings).toBeUndefined();
  });
});
