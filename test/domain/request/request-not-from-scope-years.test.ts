// 检查范围：对2030年以来（含2030年度、2031年度）的数据进行检查: a notice that names only items the dictionary does not
// know, sets no due time and names its years only in its scope is no data request; the addressee line every notice has
// is no evidence either.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-22T10:00:00+08:00'));

describe('years in a scope', () => {
  it('an inspection of past years asks for nothing', () => {
    expect(parse('关于开展统计数据质量检查工作的通知\n各镇人民政府：\n决定在全区开展统计数据质量检查。\n一、检查范围：对2024年以来（含2024年度、2025年度）各镇的统计数据进行检查。\n二、检查内容：台账建设，是否存在弄虚作假。')).toBeNull();
  });

  it('the same unknown items with a due time are asked', () => {
    expect(parse('关于开展统计数据质量检查工作的通知\n各镇人民政府：\n请于12月30日前报送以下内容：\n一、台账建设情况；\n二、自查发现问题数。')).not.toBeNull();
  });
});
