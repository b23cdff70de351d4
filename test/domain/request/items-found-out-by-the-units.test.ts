// 各镇街要逐一调查本辖区适龄残疾儿童的人数…: a verb of finding out (调查, 核查, 摸清) with its object after it asks for that
// object, as an ask verb does; said with the purpose of one's own work (同步摸清…，为建立信息库做准备) it asks for nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'school_age', label: '适龄残疾儿童人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'women', label: '留守妇女人数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('items found out by the units', () => {
  it('the object of 调查 is an item', () => {
    const r = parse([
      '关于开展适龄残疾儿童核查的通知',
      '各镇街：',
      '为摸清底数，现将有关事项通知如下：',
      '一、核清底数。各镇街要逐一调查本辖区适龄残疾儿童的人数、残疾类别和就读学校等情况，汇总后抄送区教育局。',
      '二、请于11月30日前将核查结果报区民政局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['school_age']);
  });

  it('finding out for one\'s own work, with its purpose, is no ask', () => {
    const r = parse([
      '关于开展适龄残疾儿童核查的通知',
      '各镇街：',
      '一、请于11月30日前报送适龄残疾儿童人数。',
      '二、同步摸清留守妇女的基本情况，为建立信息库做准备。',
    ].join('\n'));
    expect(r?.fields).toEqual(['school_age']);
  });
});
