// The day the count stops at is the period and never a due day: the day said in the section that tells what time the
// figures are for (一、统计时间 本次统计数字截止到12月25日), however far ahead, and a past day that bounds the things counted
// (2038年12月31日前建成的户厕). A day with 前 that the units act by (前将…报, 前报送的) stays a due day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (r: ReturnType<typeof parse>) => (r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 10) : null);

describe('the day the count stops at', () => {
  it('a cut-off a week ahead in the data-time section is the snapshot, the ask gives the due day', () => {
    const r = parse('关于做好低保统计的通知\n各镇人民政府：\n一、统计时间\n本次统计数字截止到2041年12月25日。\n二、统计办法\n请各镇统计低保户数，于2041年12月27日前报县民政局。', '2041-12-19T09:30:00+08:00');
    expect(r?.period).toBe('2041-12-25');
    expect(due(r)).toBe('2041-12-27');
  });

  it('a past day that bounds what is counted is the snapshot and no due day', () => {
    const r = parse('关于开展低保户摸底的通知\n各镇人民政府：\n一、摸底对象。全县2038年12月31日前认定的低保户；2039年以后认定的另行安排。\n二、请各镇统计低保户数报县民政局。', '2039-06-05T09:00:00+08:00');
    expect(r?.period).toBe('2038-12-31');
    expect(r?.deadline).toBeNull();
  });

  it('a day the units hand in by stays the due day', () => {
    const r = parse('关于报送低保户数的通知\n各镇人民政府：\n请于2039年6月12日前将低保户数报县民政局。', '2039-06-05T09:00:00+08:00');
    expect(due(r)).toBe('2039-06-12');
  });
});
