// 以书面形式 / 以电子邮件方式 said between the items and the verb is how they are handed in, no part of the last item's name:
// 整改数以书面形式 was read as 消防隐患整改进度 (a state, not a count) because the manner hid the measure word 数.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';

describe('the manner of handing in is no part of an item', () => {
  it('整改数以书面形式报: no state field for a count', () => {
    const r = parseWithDictionary('各镇街：\n请各镇街于12月20日前将隐患排查数、整改数以书面形式报区应急局。', 'lead_mz', AT);
    expect(r?.fields).not.toContain('fire_rectify_status');
  });

  it('a known item before 以电子邮件方式 is still read', () => {
    const r = parseWithDictionary('请各镇街于11月30日前将辖区低保户数以电子邮件方式报区民政局。', 'lead_mz', AT);
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.newFields ?? []).toEqual([]);
  });
});
