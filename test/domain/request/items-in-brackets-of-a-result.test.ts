// 年审结果（在册低保户数、人数） / 请报送年审结果（低保户数、人数）。 / 排查结果（独居老人人数）: the bracket after a word that only names
// the report holds the items. A bare measure after a member that names its own object was given the head's word (年审人数, a
// new field) instead of that object's (低保人数); a bracket closing the ask took the ask's words with the head, leaving
// nothing asked (unread); one name alone in the bracket was blanked as an aside.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));
const labels = (text: string) => { const r = read(text); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('the bracket after a word naming the report', () => {
  it('lends a named object to the bare measure after it', () => {
    expect(labels('各镇街：年审结果（在册低保户数、人数）于12月20日前报区民政局。')).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('closing the ask keeps the ask', () => {
    expect(labels('各镇街：请于12月20日前报送年审结果（低保户数、人数）。')).toEqual(['dibao_households', 'dibao_persons']);
    expect(labels('各镇街：请报送复核结果（特困供养人数、低保人数）。')).toEqual(['tekun_persons', 'dibao_persons']);
  });

  it('holding one name is the item', () => {
    expect(labels('各镇街：排查结果（百岁老人人数）请于12月20日前报送。')).toEqual(['centenarians']);
  });

  it('an aside with no measure stays an aside', () => {
    expect(labels('各镇街：请于12月20日前报送危房改造户数（含已竣工和在建）。')).toEqual(['dilapidated_households']);
  });
});
