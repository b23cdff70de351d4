// 各镇街注意：本周应急演练次数，每周五下午4点前报。 — the greeting with 注意 is the addressee line; read as a heading of rules
// (注意 names a rules section), the whole ask became rules and the message no request.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_yb', '2049-11-17T09:00:00+08:00');

describe('an addressee calling attention', () => {
  it('is the addressee, and the ask after it is read', () => {
    expect(parse('各镇街注意：本周应急演练次数，每周五下午4点前报。')?.fields).toEqual(['emergency_drills']);
  });

  it('a section of rules headed 注意事项 is still rules', () => {
    expect(parse('请各镇街于11月20日前报送应急演练次数。\n注意事项：数据须经分管领导审核，含消防演练次数。')?.fields).toEqual(['emergency_drills']);
  });
});
