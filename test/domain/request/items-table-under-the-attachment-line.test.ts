// 附件：2066年统计公报数据表⏎序号｜指标｜单位｜2066年｜2065年⏎1｜卫生机构｜个⏎2｜其中：医院｜个: a table right under the attachment
// line is what the attachment holds; with a name column (指标) and a unit column (单位) each row is an item, and a 其中 row is an
// item only as the part of the row above it that the dictionary names (乡镇卫生院 + 床位数 → 乡镇卫生院床位数), never the whole again.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const count = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit: '个', min: 0 });
const fields: FieldDef[] = [
  count('institutions', '卫生机构数', ['卫生机构']),
  count('beds', '年末床位数', ['床位数']),
  count('township_beds', '乡镇卫生院床位数'),
  count('nurses', '注册护士数', ['注册护士']),
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2067-02-01T09:00:00+08:00'), fields });
const notice = (bar: string) => [
  '关于报送统计公报卫生数据的通知',
  '各镇街：',
  '现将需要报送的统计指标印发给你们。请于2月3日前将本镇汇总数报县卫健局。',
  '附件：2066年统计公报数据表',
  ['序号', '指标', '单位', '2066年', '2065年'].join(bar),
  ['1', '卫生机构', '个'].join(bar),
  ['2', '其中：医院', '个'].join(bar),
  ['3', '年末床位', '张'].join(bar),
  ['4', '其中：乡镇卫生院', '张'].join(bar),
  ['5', '注册护士', '人'].join(bar),
].join('\n');

describe('a table under the attachment line', () => {
  it('its rows are the items, a 其中 row as the part the dictionary names', () => {
    expect([...(parse(notice('｜'))?.fields ?? [])].sort()).toEqual(['beds', 'institutions', 'nurses', 'township_beds']);
  });

  it('a 其中 row the dictionary has no part for adds nothing', () => {
    expect(parse(notice('｜'))?.fields).not.toContain('hospitals');
    expect(parse(notice('｜'))?.fields.filter((k) => k === 'institutions')).toHaveLength(1);
  });
});
