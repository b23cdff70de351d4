import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const suspended: FieldDef = { key: 'suspended', label: '是否有停产整顿企业', aliases: ['停产整顿'], type: 'boolean' };
const seeds: FieldDef = { key: 'seeds', label: '是否完成良种发放', aliases: ['良种发放'], type: 'boolean' };
const values = (text: string): string[] => summary(parseReply(text, ctx(open(suspended), open(seeds))).values);

describe('yes/no said by a count or a result', () => {
  it('reads how many there are of what the question asks about', () => {
    expect(values('停产整顿：有1家（渝东建材，粉尘涉爆未整改）')).toEqual(['suspended=true@2026-11']);
    expect(values('停产整顿：0家')).toEqual(['suspended=false@2026-11']);
  });

  it('reads a verb with the result it was after as done', () => {
    expect(values('良种都发下去了')).toEqual(['seeds=true@2026-11']);
  });
});
