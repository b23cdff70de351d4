// 一、统计口径 （一）低保户数：指… then 请于每月3日前报送上月数据 — the ask names no item; the figures the notice defines are
// what it asks. Such a notice was dropped without a word.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('items defined in a 统计口径 section', () => {
  it('an ask for 数据 asks the defined figures', () => {
    const r = read('各镇街：\n一、统计口径\n（一）低保户数：指截至统计时点在保的户数。\n（二）低保人数：指截至统计时点在保的人数。\n二、报送时间\n请于每月3日前报送上月数据。');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('an ask that names its own item keeps it alone', () => {
    const r = read('各镇街：\n一、统计口径\n低保人数：指截至统计时点在保的人数。\n二、报送要求\n请于12月20日前报送低保户数。');
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
