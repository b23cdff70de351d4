// 把…发过来 / 发一下 / 要一下 / 发我 / 交上来 / 发群里: the chat forms of handing figures over ask as 报送 does; said of what has come in, they do not.
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

  it.each([
    ['发我', '各镇街把本月低保户数下周三前发我'],
    ['私发我', '大家把本月的低保户数私发我，今天下班前'],
    ['传我一下', '各镇街今天下班前把本月低保户数传我一下'],
    ['交上来', '@所有人 周五前把本月低保户数交上来'],
    ['报过来', '请各镇街把本月低保户数在周五前报过来'],
    ['发群里', '周五之前把本月低保户数发群里'],
  ])('%s asks for the items', (_, text) => {
    expect(parse(text)?.fields).toEqual(['dibao_households']);
  });

  it.each([
    ['报过来的', '各镇街报过来的本月低保户数有误，周五前核实'],
    ['已发群里', '本月低保户数汇总表已发群里，周五前查看'],
    ['转发我局', '现转发我局关于本月低保户数的通知，周五前学习'],
  ])('%s asks nothing', (_, text) => {
    expect(parse(text)).toBeNull();
  });

  it('said of figures already in, asks nothing', () => {
    expect(parse('各镇街的低保户数表格已经发过来了，谢谢')).toBeNull();
  });
});
