// 二、普查对象：（一）华侨：定居在国外的…；（二）归侨：… / 三、请按以上各类分别统计人数: when the ask counts the notice's
// own scope list, each entry is an item, and an entry that defines a term counts the term, not the words of its definition.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'overseas', label: '华侨人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'returned', label: '归侨人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'family', label: '侨眷人数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });
const notice = (ask: string) => [
  '关于开展侨情调查的通知',
  '各镇街：',
  '一、调查对象',
  '（一）华侨：定居在国外的本区籍中国公民；',
  '（二）归侨：回本区定居的华侨；',
  '（三）侨眷：华侨、归侨在区内的眷属，包括配偶、父母、子女；',
  `二、${ask}`,
].join('\n');

describe('the scope list counted by the ask', () => {
  it('按以上三类分别统计人数: each defined term is an item', () => {
    expect(parse(notice('请各镇街按以上三类分别统计人数，于11月30日前报区民政局。'))?.fields).toEqual(['overseas', 'returned', 'family']);
  });

  it('an ask that does not count the scope list reads no item from it', () => {
    expect(parse(notice('请各镇街于11月30日前报送侨眷人数。'))?.fields).toEqual(['family']);
  });
});
