// HAND_IN_MONTH_WORD: 本月请于12月10日前报送11月… — a month word opening an ask whose due day follows says when the hand-in
// happens; the month the figures are for, named after the due day in the same sentence, is the period asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-01T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a month word that says when the hand-in happens', () => {
  it('本月请于12月10日前报送11月… counts November', () => {
    expect(parse('本月请于12月10日前报送11月低保户数')?.period).toBe('2026-11');
  });

  it('本月请各镇街于12月10日前报送上月… counts last month', () => {
    expect(parse('本月请各镇街于12月10日前报送上月低保户数')?.period).toBe('2026-11');
  });

  it('本月请于25日前报送低保户数, naming no other month, keeps this month', () => {
    expect(parse('本月请于25日前报送低保户数')?.period).toBe('2026-12');
  });
});
