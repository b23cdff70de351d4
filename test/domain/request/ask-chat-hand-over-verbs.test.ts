// 把…发过来 / 发一下 / 要一下: the chat forms of handing figures over ask as 报送 does; said of what has come in, they do not.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-05-20T09:00:00+08:00'));

describe('a chat hand-over verb', () => {
  it('把…发过来 asks for the items', () => {
    expect(parse('各村把本月低保户数发过来，周五前。')?.fields).toEqual(['dibao_households']);
  });

  it('要一下 asks for the items', () => {
    expect(parse('要一下各镇街本月低保户数，周五前。')?.fields).toEqual(['dibao_households']);
  });

  it('发一下 asks for the items', () => {
    expect(parse('麻烦各镇街周五前发一下本月低保户数')?.fields).toEqual(['dibao_households']);
  });

  it('said of figures already in, asks nothing', () => {
    expect(parse('各镇街的低保户数表格已经发过来了，谢谢')).toBeNull();
  });
});
