// PENALTY (detect.ts): 请于12月5日前报送11月低保户数，逾期未报的，将予以通报 — with a comma after the condition's 的 the penalty
// clause was not seen, its 未报的 read as a reminder of an earlier ask, and the request was dropped.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a penalty clause with a comma after its condition', () => {
  it('is no reminder: the ask is read', () => {
    expect(parse('各镇街：请于12月5日前报送11月低保户数，逾期未报的，将予以通报。')?.fields).toEqual(['dibao_households']);
    expect(parse('各镇街：请于12月5日前报送11月低保户数，未按时报送的单位，将予以通报。')?.fields).toEqual(['dibao_households']);
  });

  it('a reminder is still one', () => {
    expect(parse('还有三个镇未报送11月低保户数，请抓紧。')).toBeNull();
  });
});
