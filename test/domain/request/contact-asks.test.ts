// An ask for contact details (联络员, 姓名, 手机号) is no data: its date is not the deadline of the figures.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('contact asks', () => {
  it('确定一名联络员，联系电话于…前报 does not give the deadline', () => {
    const r = parse('一、各镇街确定一名联络员，联系电话于11月26日前报区民政局。\n二、请于11月30日前报送本月低保户数。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(formatZoned(r!.deadline!, 'Asia/Shanghai').slice(0, 10)).toBe('2026-11-30');
  });

  it('a notice asking only for names and phones asks for no figure', () => {
    expect(parse('请各镇街确定1名联络员，将姓名、职务、手机号码于11月25日前报区民政局。')).toBeNull();
  });
});
