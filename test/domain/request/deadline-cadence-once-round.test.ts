// 每周五报一次: 报一次 is an ask only after its cadence (CADENCE_ONCE in detect.ts). The weekly round's due day was looked for
// with the clause after the day alone (报一次…), which has lost the 每周五 before it, so the round had no due day and no week;
// and once the due day's span was blanked, the items lost the ask (ROUND_CADENCE_KEPT in report-cadence.ts keeps 每周).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(`各镇街：\n${text}`, member('lead_mz'), ctxAt(at));

describe('每周五报一次: a weekly round said with 报一次', () => {
  it('written on a Wednesday, the round is due this Friday and counts this week', () => {
    const r = parse('自即日起，请每周五报一次低保户数。', '2026-11-18T09:00:00+08:00');
    expect(r).toMatchObject({ fields: ['dibao_households'], period: '2026-W47' });
    expect(r?.deadline?.toISOString()).toBe('2026-11-20T15:59:59.000Z');
  });

  it('每月3号前报一次 is the next monthly round', () => {
    const r = parse('请每月3号前报一次临时救助人次。', '2026-11-18T09:00:00+08:00');
    expect(r).toMatchObject({ fields: ['temp_aid_times'] });
    expect(r?.deadline?.toISOString()).toBe('2026-12-03T15:59:59.000Z');
  });
});
