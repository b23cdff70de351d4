// 上报材料包括：项目名称…；涉案金额、涉及人数…；…: what an ask says it includes runs to the end of its line, over the
// semicolons that separate its groups.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'amount', label: '非法集资涉案金额', aliases: ['涉案金额'], type: 'number', unit: '万元', min: 0 },
  { key: 'people', label: '非法集资涉及人数', aliases: ['涉及人数'], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('what an ask includes', () => {
  it('every group after 包括： is read', () => {
    const r = parse([
      '各镇街：',
      '请于11月20日前将风险排查总结报区金融办。',
      '上报材料包括：项目名称和涉及单位名称；涉案金额、涉及人数和涉及地区；案件处置情况。',
    ].join('\n'));
    expect(r?.fields).toEqual(['amount', 'people']);
  });
});
