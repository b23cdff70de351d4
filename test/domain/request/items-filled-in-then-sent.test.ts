// 填好日常风险隐患排查表报县河长办: what is filled in before the verb that sends it to an office is what is sent, as after
// 将 / 把 (将统计表报县文旅局) — the office after the verb is the recipient, not an item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'hazard_list', label: '隐患排查表', aliases: [], type: 'text' },
  { key: 'patrol_record', label: '安全巡查记录表', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-08-10T09:00:00+08:00'), fields });

describe('a form filled in, then sent', () => {
  it('is the item, whatever else the notice asks', () => {
    const r = parse(['关于加强水库安全管理的通知', '各镇街：', '请各镇街填好隐患排查表报区河长办，并将安全巡查记录表报区河长办，8月12日前完成。'].join('\n'));
    expect(r?.fields).toEqual(['hazard_list', 'patrol_record']);
  });
});
