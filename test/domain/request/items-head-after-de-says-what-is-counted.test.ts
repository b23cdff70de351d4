// 统计报送《联合收割机跨区收获作业证》的需求量: the head after 的 says what is counted. A field named only by the words
// before 的 (联合收割机, counted in 台) qualifies the item, it is not the item; a bare measure as the head (…的数量)
// leaves the item to the words before it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const machines: FieldDef = { key: 'combines', label: '联合收割机', aliases: [], type: 'integer', unit: '台', min: 0 };
const parse = (text: string, fields: FieldDef[]) =>
  parseRequest(text, member('lead_mz'), { ...ctxAt('2026-02-05T09:00:00+08:00'), fields });

const notice = [
  '关于报送跨区机收信息的函',
  '各乡镇：',
  '请统计报送《联合收割机跨区收获作业证》的需求量，于2月25日前报县农机中心。',
].join('\n');

describe('the head after 的 says what is counted', () => {
  it('a field named only by the modifier is not taken', () => {
    expect(parse(notice, [machines])?.fields ?? []).not.toContain('combines');
  });

  it('a bare measure as the head leaves the item to the words before it', () => {
    const r = parse(['关于报送跨区机收信息的函', '各乡镇：', '请统计报送参加跨区作业的联合收割机的数量，于2月25日前报县农机中心。'].join('\n'), [machines]);
    expect(r?.fields).toEqual(['combines']);
  });
});
