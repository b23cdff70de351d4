// 请各镇街明天上午以前把各村的低保户数按村汇总后报上来 — 按村汇总 says how to report; what 把 sends, before it, is the item.
// The whole request was dropped: words before a manner (按…) were taken as a repeat of an earlier ask.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const fields = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT))?.fields;

describe('what 把 sends before a manner of reporting', () => {
  it('is the item', () => {
    expect(fields('请各镇街明天上午以前把各村的低保户数按村汇总后报上来。')).toEqual(['dibao_households']);
    expect(fields('请各镇街于12月10日前将特困供养人数按实际在册人数报送。')).toEqual(['tekun_persons']);
  });

  it('a manner with nothing sent before it asks nothing new', () => {
    expect(fields('请各镇街于12月10日前报送低保户数。低保户数请按实际在册户数报。')).toEqual(['dibao_households']);
  });
});
