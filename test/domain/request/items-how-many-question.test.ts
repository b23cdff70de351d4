// 各村现有多少低保户？周五前报我 — a question of how many, before the ask, names the item the ask wants; the ask
// sentence after it names none of its own.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const fields = (text: string): string[] | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.fields;

describe('a question of how many before the ask', () => {
  it('the object after 多少 is the item', () => {
    expect(fields('各镇街辖区内现有多少百岁老人？请本周五前报给我。')).toEqual(['centenarians']);
  });

  it('the object before 有几户 is the item', () => {
    expect(fields('各镇街低保户现在有几户？周五前报我')).toEqual(['dibao_households']);
  });

  it('a question of how many with no ask after it is no request', () => {
    expect(fields('各镇街现有多少百岁老人？')).toBeUndefined();
  });
});
