// 附件：…统计表（注册志愿者人数；其中青年志愿者人数、老年志愿者人数）: the columns of a form listed in brackets after its name in
// the attachment list are what the form asks, each one the dictionary names outright.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'volunteers', label: '注册志愿者人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'young_volunteers', label: '青年志愿者人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'elder_volunteers', label: '老年志愿者人数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-05-20T09:00:00+08:00'), fields });

describe('a form\'s columns in brackets in the attachment list', () => {
  it('reads every column the dictionary names', () => {
    const r = parse([
      '关于报送社区志愿服务情况的通知',
      '各镇街：',
      '请据实填写《社区志愿服务情况统计表》（见附件），于6月10日前报区民政局。',
      '附件：社区志愿服务情况统计表（注册志愿者人数；其中青年志愿者人数、老年志愿者人数）',
    ].join('\n'));
    expect([...(r?.fields ?? [])].sort()).toEqual(['elder_volunteers', 'volunteers', 'young_volunteers']);
  });
});
