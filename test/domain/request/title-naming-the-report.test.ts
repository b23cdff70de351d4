// REPORT_TITLE: 农村房屋安全隐患排查整治进度周报 above the ask — a first line naming the report the message is, is its title; read
// as a sentence, its 周报 was the verb 报 and its subject became an item the ask never named (房屋安全排查栋数).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_zj', '2049-11-19T09:00:00+08:00');

describe('a first line naming the report', () => {
  it('is the title, not an item', () => {
    const r = parse('农村房屋安全隐患排查整治进度周报\n请各镇街每周一上午12:00前报送截至上周日的自建房安全排查户数、C级D级危房栋数。');
    expect(r?.fields).toEqual(['self_built_houses_checked', 'c_d_grade_buildings']);
  });

  it('a line asking by a cadence stays the ask', () => {
    expect(parse('各镇街低保户数按月报\n请于每月5日前报送。')?.fields).toContain('dibao_households');
  });
});
