// 学校…于次年1月5日前报辖区乡镇卫生院: a step that sends something to the bodies the notice is addressed to is the
// chain below them; their own due time is the one they report by.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-20T09:00:00+08:00'));

describe('the step below the addressees', () => {
  it('the addressed 卫生院 report by the 10th; the schools report to them by the 5th', () => {
    const r = parse('各乡镇卫生院、街道社区卫生服务中心：\n一、各学校汇总本校情况，于1月5日前将低保户数报辖区乡镇卫生院（社区卫生服务中心）。\n二、各乡镇卫生院、社区卫生服务中心汇总辖区情况，于1月10日前将低保户数报区民政局。');
    expect(r?.deadline?.toISOString()).toBe('2027-01-10T15:59:59.000Z');
  });
});
