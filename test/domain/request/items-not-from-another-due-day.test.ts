// 请于8月16日前填好安全巡查记录表 / 609表信息化情况于3月10日前网上填报: a day set as due for another part of the notice
// (not the units' deadline the request keeps) is no item's words; the item said with it is still read.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'hazard_list', label: '隐患排查表', aliases: [], type: 'text' },
  { key: 'patrol_record', label: '安全巡查记录表', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-08-10T09:00:00+08:00'), fields });

describe('an item said with another part’s due day', () => {
  it('is read besides the item due first', () => {
    const r = parse(['关于加强水库安全管理的通知', '各镇街：', '一、请于8月12日前报隐患排查表。', '二、请于8月16日前将安全巡查记录表报区河长办。'].join('\n'));
    expect(r?.fields).toEqual(['hazard_list', 'patrol_record']);
  });
});
