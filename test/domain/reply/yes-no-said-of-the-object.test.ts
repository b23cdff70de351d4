// 是否开展强制免疫 answered 强制免疫开展了的 / 强制免疫做了的 / 免疫都打完了, 是否完成走访 answered 走访弄好了: the
// question's object (or its last two characters) with the question's verb or any verb of doing, finished or negated.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

const pigs = () => ctx(open(G.vaccinated), open(G.vaccRate));

describe('a yes/no said of the question\'s object', () => {
  for (const text of ['强制免疫开展了的', '强制免疫做了的', '免疫都打完了']) {
    it(`${text} is yes`, () => {
      expect(summary(parseReply(text, pigs()).values)).toEqual(['pig_vacc_done=true@2026-11']);
    });
  }

  it('走访弄好了 is yes for 是否完成走访', () => {
    const r = parseReply('走访弄好了', ctx(open(G.visitsDone), open(G.visited)));
    expect(summary(r.values)).toEqual(['wa_done=true@2026-11']);
  });

  it('强制免疫还没做 is no', () => {
    expect(summary(parseReply('强制免疫还没做', pigs()).values)).toEqual(['pig_vacc_done=false@2026-11']);
  });

  it('强制免疫在做 says nothing finished', () => {
    expect(summary(parseReply('强制免疫在做', pigs()).values)).toEqual([]);
  });
});
