// 2048学年度: a school year has no period form; its 年度 is not the sending year.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2043-03-26T10:00:00+08:00'));

describe('a school year', () => {
  it('2048学年度 names no period, and not 2043', () => {
    const r = parse('【县民政局】关于预估2048学年度低保户数的通知\n各乡镇：\n请填报2048学年度低保户数的预估总数，并在4月2日前填表回复。');
    expect(r?.period).toBeNull();
    expect(r?.deadline).not.toBeNull();
  });

  it('上学年度 is not this year either, while a bare 年度 still is', () => {
    expect(parse('各乡镇：\n请于4月2日前报送上学年度低保户数。')?.period).toBeNull();
    expect(parse('各乡镇：\n请于4月2日前报送年度低保户数。')?.period).toBe('2043');
  });
});
