// 复核结果（特困供养人数、终止人数、新增人数） / 12月份低保数据（户数、人数、金额）: a bracket of names that each end in a measure
// lists the items; a bare measure in it is the measure of the object before the bracket. Both notices were dropped or put
// to the lead as unread.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));
const labels = (text: string) => { const r = read(text); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('items listed in brackets', () => {
  it('whole names after a report noun are the items', () => {
    expect(labels('各镇街：请于12月20日前完成复核，复核结果（特困供养人数、终止人数、新增人数）报区民政局。'))
      .toEqual(['tekun_persons', '终止人数', '新增人数']);
  });

  it('bare measures take the object before the bracket', () => {
    expect(labels('各镇街：12月份低保数据（户数、人数、金额）请于12月28日前报送。'))
      .toEqual(['dibao_households', 'dibao_persons', '低保金额']);
  });

  it('a bracket that only qualifies stays an aside', () => {
    expect(labels('各镇街：请于12月20日前报送危房改造户数（含已竣工和在建）。')).toEqual(['dilapidated_households']);
  });
});
