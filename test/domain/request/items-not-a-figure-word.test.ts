// 有变化的报新数 / 区局将据此下拨资金: a word for "the figure" itself, and a clause whose subject will act after the ask, are no
// entries of the ask's list (they reached the lead as new items to add to the dictionary).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2049-11-20T09:00:00+08:00');

describe('words that name no item', () => {
  it('新数 is the figure asked again', () => {
    const r = parse('各镇街：请核实残疾儿童送教上门人数，无变化的回复“无变化”即可，有变化的报新数，本周内。');
    expect(r?.newFields).toEqual([]);
  });

  it('what the issuer will do after the ask', () => {
    const r = parse('请各镇街于12月10日前上报冬春救助户数（附花名册），区局将据此下拨资金。');
    expect(r?.fields).toEqual(['winter_aid_households']);
    expect(r?.newFields).toEqual([]);
  });
});
