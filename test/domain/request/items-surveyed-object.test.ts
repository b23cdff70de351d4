// 对全镇台胞、台属…的基本情况进行摸底调查: a 对 clause whose own verb counts or surveys what it puts first names the items;
// a 对 clause whose verb comes later and asks for nothing (对重点隐患，要及时提出建议) still names none.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'compatriots', label: '台胞人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'relatives', label: '台属人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'firms', label: '台资企业数', aliases: [], type: 'integer', unit: '家', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('items surveyed by a 对 clause', () => {
  it('what a 对 clause surveys, with 全区 and 基本情况 around it, is the items', () => {
    const r = parse([
      '关于开展涉台情况摸底的通知',
      '各镇街：',
      '一、摸底内容：对全区台胞、台属、台资企业的基本情况进行摸底调查，建立信息库。',
      '二、请于11月30日前报区民政局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['compatriots', 'relatives', 'firms']);
  });

  it('in an ask, 对本地…情况进行统计 names them too', () => {
    const r = parse('各镇街：请采取入户走访的方式，对本地台胞、台属情况进行统计，于11月30日前报区民政局。');
    expect(r?.fields).toEqual(['compatriots', 'relatives']);
  });
});
