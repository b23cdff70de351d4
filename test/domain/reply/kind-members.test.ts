// 鸡鸭存栏8.6万只: a label that names members of a kind (鸡, 鸭 of 禽) is the item that counts that kind (家禽存栏, in 万羽,
// birds counted by 只 or 羽 alike), never an item that counts another kind (羊存栏, in 只).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { L } from './fields-fresh6.js';

const c = ctx(open(L.sheep), open(L.poultry), open(L.cattle));

describe('members of a kind', () => {
  it('name the item that counts the kind', () => {
    expect(summary(parseReply('鸡鸭存栏8.6万只', c).values)).toEqual(['poultry=8.6@2026-11']);
    expect(summary(parseReply('鸡鸭存栏86000只', c).values)).toEqual(['poultry=8.6@2026-11']);
  });

  it('leave the other kinds to their own labels', () => {
    expect(summary(parseReply('羊存栏8600只', c).values)).toEqual(['sheep=8600@2026-11']);
  });
});
