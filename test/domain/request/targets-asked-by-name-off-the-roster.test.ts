// ASKED_BY_NAME: 请白鹤乡于明天中午前补报… — an ask that names units the roster does not have asked every unit in their place;
// now nobody is asked and the names are reported (targetsUnknown, shown to the lead as 不在名册的单位). And 其余镇街不报。
// tells the rest not to report: the units named are the only ones asked (the group phrase had picked them all).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-20T09:00:00+08:00'));

describe('units asked by name', () => {
  it('names off the roster ask nobody in their place', () => {
    const r = parse('请白鹤乡、何埂镇于明天中午前补报10月临时救助人次。');
    expect(r?.targets).toEqual([]);
    expect(r?.targetsUnknown).toEqual(['白鹤乡', '何埂镇']);
  });

  it('the rest told not to report leaves the named units', () => {
    expect(parse('请朱沱镇、来苏镇报送临时救助人次，12月8日前。其余镇街不报。')?.targets).toEqual(['zhutuo', 'laisu']);
  });

  it('a penalty for not reporting is no exception', () => {
    expect(parse('请各镇街于12月8日前报送临时救助人次，逾期不报的将通报。')?.targets).toHaveLength(6);
  });

  it('clause words after 请 are no unit names', () => {
    expect(parse('请在家的同志下村摸排，各镇街于12月8日前报送临时救助人次。')?.targetsUnknown).toBeUndefined();
    expect(parse('请你们镇于12月8日前补报临时救助人次。')?.targetsUnknown).toBeUndefined();
  });
});
