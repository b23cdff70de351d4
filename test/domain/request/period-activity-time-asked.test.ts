// 三、活动时间 2058年6月 … 将活动期间发放宣传材料的份数…报局: an ask that counts what was done during the activity counts
// the time the notice states for it under 活动时间, not the year its title names.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-06-20T09:00:00+08:00'));

const NOTICE = (ask: string) => '关于开展2026年“敬老月”系列活动的通知\n各镇人民政府：\n决定开展2026年“敬老月”活动，现将有关事项通知如下：\n'
  + '一、活动时间\n2026年10月\n二、活动内容\n各镇走访慰问百岁老人。\n三、有关要求\n' + ask;

describe('the activity\'s stated time', () => {
  it('is the period when the ask counts during the activity', () => {
    const r = parse(NOTICE('请将活动期间走访的百岁老人人数于11月5日前报区民政局。'));
    expect(r?.period).toBe('2026-10');
  });

  it('is not the period when the ask does not speak of the activity\'s time', () => {
    const r = parse(NOTICE('请将百岁老人人数于11月5日前报区民政局。'));
    expect(r?.period).toBe('2026');
  });
});
