// 今年6月以来 / 2030年以来: the start of a stretch running up to now names no period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-08-05T09:30:00+08:00'));

describe('a stretch since a time', () => {
  it('今年6月以来 in the background is not the period', () => {
    const r = parse('关于上报低保户数的紧急通知\n各镇人民政府：\n今年6月以来，我区低保申请明显增多。请各镇于今日下午18:00前将低保户数报区民政局。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.period).toBeNull();
  });
});
