// 目前只有3个镇街报了，其他的请尽快: how many units have reported says the ask was made before; it is a reminder, not a new
// request (read as one, 上周布置的低保户数统计 asked three towns for last week's figures).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('the progress of an earlier ask', () => {
  it('makes a chat message a reminder', () => {
    expect(parse('各位，上周布置的低保户数统计，目前只有3个镇街报了，其他的请尽快')).toBeNull();
    expect(parse('低保户数已有四个镇上报，请其余镇街抓紧')).toBeNull();
  });

  it('a new ask that names how many units it goes to is still one', () => {
    expect(parse('请以下3个镇于11月25日前报送低保户数：朱沱镇、松溉镇、来苏镇')?.fields).toEqual(['dibao_households']);
  });
});
