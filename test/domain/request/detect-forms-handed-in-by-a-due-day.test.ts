// 请于3月5日前将内部审计统计调查表报送… / 调查表包括《基层工会调查表》…，于10月30日前报: a notice that names no figure but
// tells the units to hand in a form by a due day asks for that form, when the dictionary names it outright; with no due
// day, or a form the dictionary does not know, it stays unread.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const forms: FieldDef[] = [
  { key: 'audit_table', label: '内部审计统计调查表', aliases: ['内部审计统计报表'], type: 'text' },
  { key: 'union_table', label: '基层工会调查表', aliases: [], type: 'text' },
  { key: 'union_above_table', label: '基层以上工会调查表', aliases: [], type: 'text' },
];
const parse = (text: string) => {
  const ctx = ctxAt('2026-02-22T09:00:00+08:00');
  return parseRequest(text, member('lead_mz'), { ...ctx, fields: [...ctx.fields, ...forms] });
};

describe('forms handed in by a due day', () => {
  it('the form named as what is sent is the item', () => {
    const r = parse('关于开展2025年度内部审计统计工作的通知\n各镇人民政府、街道办事处：\n请于2026年3月5日前将内部审计统计调查表报送至区审计局邮箱。');
    expect(r?.fields).toEqual(['audit_table']);
  });

  const UNION = '关于做好2025年工会统计调查工作的通知\n各镇人民政府：\n一、调查对象和内容\n本次调查对象为所有基层工会组织，调查表包括《2025年度基层工会调查表》和《2025年度基层以上工会调查表》。\n二、报送时间\n各镇汇总审核后，';

  it('forms named in marks are the items, each by its own name', () => {
    const r = parse(`${UNION}于2026年3月30日之前报区总工会。`);
    expect(r?.fields).toEqual(['union_table', 'union_above_table']);
  });

  it('with no due day the forms ask for nothing', () => {
    expect(parse(`${UNION}报区总工会。`)).toBeNull();
  });

  it('a form the dictionary does not know is no item', () => {
    expect(parse('关于开展消防统计工作的通知\n各镇人民政府、街道办事处：\n请于2026年3月5日前将消防设施统计调查表报送至区消防救援大队。')).toBeNull();
  });
});
