// 请各镇街于11月30日前报送自10月15日以来临时救助人次 — 自 / 从 open the span that 以来 / 起至今 closes; left on the item, they
// kept it from being read and the notice was no request at all (found by nt33).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a span opened by 自 / 从 before the item', () => {
  it.each(['请各镇街于11月30日前报送自10月15日以来临时救助人次', '请各镇街于11月30日前报送从10月15日起至今的临时救助人次'])('%s', (text) => {
    expect(read(text)?.fields).toEqual(['temp_aid_times']);
  });
});
