// 各镇街：今天把低保户数报一下，急用！ — the words of the ask before a short dictionary name (今天把) were read as a qualifier
// narrowing it (SHORT_NAME_NARROWED, as 重度残疾 narrows 低保户数), so the name matched nothing and the message was no request;
// 主要包括 / 今年以来 / 重点核查在册 before 低保户数 or 危房改造户数 lost the item the same way.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';
const fields = (text: string) => parseWithDictionary(text, 'lead_mz', AT)?.fields;

describe('words of the ask before a short name', () => {
  it('narrow nothing', () => {
    expect(fields('各镇街：今天把低保户数报一下，急用！')).toEqual(['dibao_households']);
    expect(fields('各镇街：麻烦今天把孤儿人数报一下')).toEqual(['orphans']);
  });

  it('nor do a work verb, a time word or the record said before it', () => {
    expect(fields('请各镇街填报附件1《困难群众基本情况统计表》，主要包括低保户数、特困供养人数，于12月5日前报送。')).toEqual(['dibao_households', 'tekun_persons']);
    expect(fields('各镇街请于本月底前上报今年以来危房改造户数和危房改造竣工户数。')).toEqual(['dilapidated_households', 'dilapidated_completed']);
    expect(fields('各镇街：请于12月10日前报送核查结果，重点核查在册低保户数、低保人数。')).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('a qualifier still narrows', () => {
    expect(fields('各镇街：请于11月25日前报送重度残疾低保户数。')).not.toContain('dibao_households');
  });
});
