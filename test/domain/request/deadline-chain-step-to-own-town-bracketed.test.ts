// A due day on which the units below the towns hand their forms to their own town is a step of the chain below the
// addressees, also when the town level is written with its other kind in brackets (报所在乡镇（街道）, 报村（社区）): the
// towns' own due day is the later one they send to the county by.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-10-26T09:00:00+08:00'));
const day = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null);

describe('a step to the units’ own town, with the level in brackets', () => {
  it('有关单位…报所在乡镇（街道）; the towns report to the county later', () => {
    const r = parse('【县民政局】关于做好低保户数统计工作的通知\n各乡镇（街道），有关单位：\n一、统计内容：低保户数。\n二、报送方式\n请有关单位认真填报，于11月5日前报所在乡镇（街道）；各乡镇（街道）汇总后加盖公章，于11月10日前报县民政局。');
    expect(day(r?.deadline)).toBe('2027-11-10');
  });

  it('各组…报村（社区）; the towns report later', () => {
    const r = parse('【县民政局】关于开展低保户数摸底的通知\n各乡镇（街道）：\n请各村民小组于11月3日前将低保户数报村（社区）；各乡镇（街道）汇总后于11月8日前报县民政局。');
    expect(day(r?.deadline)).toBe('2027-11-08');
  });

  it('各村（社区）…报所在镇街: the towns and streets said together as one level', () => {
    const r = parse('各镇人民政府、街道办事处：\n各村（社区）须在11月3日上午前将调查表报所在镇街；各镇街须在11月8日下午5时前将低保户数汇总表报区民政局。');
    expect(day(r?.deadline)).toBe('2027-11-08');
  });
});
