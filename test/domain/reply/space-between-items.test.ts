// SPACE_BETWEEN_ITEMS: a space typed right after a figure, before words that name another item, ends a clause as a
// comma does: the figure before it keeps the short label it was said with (人数208 临时救助金额3500: both read, where
// the whole run was one clause and the item named in full took the run). fresh8 清平村户数29对的 人数报错了应为72人
// 资金3.15万没错.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, social).values);

describe('a space between two items', () => {
  it('人数208 临时救助金额3500: the short label\'s figure is read beside the one named in full', () => {
    expect(values('人数208 临时救助金额3500')).toEqual(['dibao_persons=208@2026-11', 'temp_aid_amount=3500@2026-11']);
    expect(values('户数120户 临救金额3500元')).toEqual(['dibao_households=120@2026-11', 'temp_aid_amount=3500@2026-11']);
  });

  it('a correction before a figure said right: 人数报错了应为208人 临时救助金额3500元没错', () => {
    expect(values('人数报错了应为208人 临时救助金额3500元没错')).toEqual(['dibao_persons=208@2026-11', 'temp_aid_amount=3500@2026-11']);
  });
});
