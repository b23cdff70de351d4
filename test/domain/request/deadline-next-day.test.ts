// NEXT_DAY: 请各镇街于次日12时前报送当日低保户数 — 次日 is the day after the message's. The clock was read alone, as today's noon;
// the figures of 当日 stay the message day's (the due day is the day after them). 至次日20时 (the end of a window) is not read so.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-25T09:00:00+08:00'));

describe('次日 as the due day', () => {
  it('于次日12时前报送当日…: tomorrow at noon, for today’s figures', () => {
    const r = parse('请各镇街于次日12时前报送当日低保户数。');
    expect(localDue(r)).toBe('2026-11-26T12:00');
    expect(r?.period).toBe('2026-11-25');
  });

  it('当日数据请于次日上午10点前报送: the same said with the data first', () => {
    const r = parse('各镇街：当日数据请于次日上午10点前报送，报送低保户数。');
    expect(localDue(r)).toBe('2026-11-26T10:00');
  });

  it('每日20时至次日20时 is a window, its 次日 no due day', () => {
    const r = parse('各镇街：\n二、将每日20时至次日20时的低保户数变化汇总，于第三日中午12时前传真报区民政局，包括零报告。');
    expect(localDue(r)).toBe('2026-11-27T12:00');
  });
});
