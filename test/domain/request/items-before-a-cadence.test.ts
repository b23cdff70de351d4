// 孤儿人数、事实无人抚养儿童人数按月报送 / 低保户数按村报送: a cadence or a breakdown after 按 says when or by what, not how to
// count, and the names before it are what is asked (read as a manner, 按实际面积报, the notice asked for nothing).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-20T09:00:00+08:00'));

describe('items said before 按 and a cadence', () => {
  it('按月 keeps them', () => {
    expect(parse('各镇街：低保户数、低保人数按月报送，每月5日前报上月数据。')?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('按村 keeps them', () => {
    expect(parse('各镇街：临时救助人次按村报送，12月5日前。')?.fields).toEqual(['temp_aid_times']);
  });

  it('a manner still asks for nothing new', () => {
    expect(parse('请各镇街于12月5日前报送低保户数。低保人数请按户籍人口报。')?.fields).toEqual(['dibao_households']);
  });
});
