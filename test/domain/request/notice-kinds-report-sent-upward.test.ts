// 关于上报…的报告 / …的请示 addressed to a higher body (市民政局：): a report or a request for instructions is sent up; it tells
// what was counted (确定我县…为…户) and asks the units for nothing. A notice that asks for a report (关于报送…报告的通知) and a
// report addressed to 各镇 still ask.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a report sent up to a higher body', () => {
  it('关于上报…的报告 to the city bureau: not a request', () => {
    expect(parse('【县民政局】关于上报2027年度低保户数的报告\n市民政局、市财政局：\n经各村核实、汇总上报，乡镇汇总、公示、上报等环节，确定我县2027年度低保户数为1230户。\n附：2027年低保户数核定情况表\n县民政局\n2027年11月16日')).toBeNull();
  });

  it('a notice asking for the report still asks', () => {
    expect(parse('【县民政局】关于上报2027年度低保户数的通知\n各镇：\n请于11月30日前上报2027年度低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
