// Not new requests: the channel's own set-up message, and a short change of an earlier deadline (an edit).
import { describe, expect, it } from 'vitest';
import { parseRequestEdit } from '../../../src/domain/request/edit.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-26T09:00:00+08:00'; // Thursday
const parse = (text: string, from = 'lead_mz') => parseRequest(text, member(from), ctxAt(AT));

describe('how the channel works is not a request', () => {
  it('says reporting goes through this channel and the bot, asks nothing now', () => {
    expect(parse('各位领导、同事：按区里减负要求，民政、残联、医保等部门需要镇街报送的低保户数等数据统一在本群发布，报数助手会私信各镇街对口同志收数，请大家留意私信🙏', 'admin')).toBeNull();
    expect(parse('各位好！按区里要求，民政需要街镇报送的百岁老人数据，今后统一在本群发布，报数助手会私信对口同志收数，请大家不要再另外建群收表了', 'admin')).toBeNull();
  });

  it('a real ask that mentions the channel still counts', () => {
    const r = parse('请各镇街于11月30日前在本群报送本月低保户数，报数助手会私信对口同志');
    expect(r?.fields).toEqual(['dibao_households']);
  });
});

describe('a short deadline change is an edit', () => {
  it('is not read as a new request, even with 请…再报 after it', () => {
    const text = '民政：低保户数和低保人数的截止时间改为11月30日，请各镇街核准后再报。';
    expect(parse(text)).toBeNull();
    const e = parseRequestEdit(text, ctxAt(AT));
    expect(e?.kind === 'deadline' && formatZoned(e.deadline, 'Asia/Shanghai')).toBe('2026-11-30T23:59:59+08:00');
  });

  it('a full notice that re-issues the ask with a new deadline stays a request', () => {
    const r = parse('【区民政局】关于报送本月低保数据的通知\n各镇街：\n原定本周四截止的低保数据，截止时间改为11月30日。请于11月30日前报送本月以下数据：\n1. 低保户数；\n2. 低保人数；\n3. 特困供养人数。\n联系人：周志刚 49863021');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });
});
