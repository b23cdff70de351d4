import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../src/domain/period.js';
import { parseReply } from '../../src/domain/reply/parse.js';
import { F, ctx, open } from './reply/fixtures.js';

const at = new Date('2026-11-24T10:00:00+08:00');
const periods = (text: string) => findPeriodMentions(text, at, 'Asia/Shanghai').map((m) => `${m.text}=${m.period}`);

describe('a month followed by its figure', () => {
  it('reads 10月4人次 as October with a figure, and still not 11月26日 as a month', () => {
    expect(periods('临时救助本月5人次，10月4人次')).toEqual(['本月=2026-11', '10月=2026-10']);
    expect(periods('10月12户，11月3.5万元')).toEqual(['10月=2026-10', '11月=2026-11']);
    expect(periods('11月26日前报')).toEqual([]);
    expect(periods('截至11月20日低保户3户')).toEqual(['截至11月20日=2026-11-20']);
    expect(periods('11月2')).toEqual([]);
  });

  it('keeps the figure said for another month out of the asked month', () => {
    const c = ctx(open(F.tempTimes), open(F.tempAmount));
    const r = parseReply('临时救助本月5人次2000元，10月4人次1500元', c);
    expect(r.values.map((v) => `${v.field}=${v.value}@${v.period}`).sort()).toEqual([
      'temp_aid_amount=2000@2026-11', 'temp_aid_times=5@2026-11',
    ]);
  });
});
