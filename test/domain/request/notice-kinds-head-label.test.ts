// 三夏进度：… / 再提醒一次：… / 能繁母猪核查完成：… — a chat message's head label names it as a title does: a reminder, a
// progress or a completion told asks for nothing; a label naming what is asked (低保户数：) still heads an ask.
import { describe, expect, it } from 'vitest';
import { readAnatomy, partTexts } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'));

describe('a head label', () => {
  it('is read as the title', () => {
    expect(partTexts(readAnatomy('再提醒一次：按11月20日的通知，请各镇街11月30日前报送低保户数。'), 'title')).toEqual(['再提醒一次']);
  });

  it('naming a reminder makes the message no request', () => {
    expect(parse('再提醒一次：按11月20日的通知，请各镇街11月30日前报送低保户数。')).toBeNull();
  });

  it('naming a completion makes the message no request', () => {
    expect(parse('低保核查完成：我局组织各镇街逐户核查低保户数，结果公示无误后统一汇总上报。')).toBeNull();
  });

  it('naming a progress makes the message no request', () => {
    expect(parse('低保核查进度：各镇街逐户核查低保户数，汇总后上报。')).toBeNull();
  });

  it('naming a progress still heads an ask that asks with 请', () => {
    expect(parse('低保核查进度：请各镇街11月30日前报送低保户数。')?.fields).toEqual(['dibao_households']);
  });

  it('naming what is asked still heads an ask', () => {
    expect(parse('低保户数：请各镇街11月30日前报一下。')?.fields).toEqual(['dibao_households']);
  });
});
