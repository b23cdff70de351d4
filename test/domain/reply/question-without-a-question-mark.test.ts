// 截止是哪天 / 低保人数是什么口径 / 刚才报的是多少来着: a clerk's question typed without a question mark was read as a statement
// with no figure in it ("没有找到需要你报送的数据"); an interrogative word asks. 没什么变化 / 什么都没有 / 谁也没报 do not.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../../src/domain/reply/intents.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

describe('a question without a question mark', () => {
  for (const text of ['截止是哪天', '低保人数是什么口径', '刚才报的是多少来着', '几号之前要', '这个找谁报']) {
    it(`asks: ${text}`, () => expect(isQuestion(text)).toBe(true));
  }

  for (const text of ['低保132户，没什么变化', '特困什么都没有', '谁也没报上来', '差不多就这些']) {
    it(`states: ${text}`, () => expect(isQuestion(text)).toBe(false));
  }

  it('a figure in a statement beside it is still read', () => {
    const r = parseReply('低保户数132户。人数是什么口径', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=132@2026-11']);
    expect(r.question).toBe(true);
  });
});
