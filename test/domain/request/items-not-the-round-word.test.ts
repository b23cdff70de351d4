// 本次请于12月10日前报送: 本次 / 此次 / 本期 point at the round being asked; they are no item to add as a new field.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a round word as the subject of a due-day sentence', () => {
  it('names no item', () => {
    const r = parse('各镇街：请于每季度首月10日前报送上季度临时救助人次，本次请于12月10日前报送。');
    expect(r?.fields).toEqual(['temp_aid_times']);
    expect(r?.newFields).toEqual([]);
    expect(parse('各镇街：请于12月10日前报送临时救助人次，本期请于12月10日前报送。')?.newFields).toEqual([]);
  });

  it('an item that starts with such a word is still one (本次救助人数)', () => {
    expect(parse('各镇街：请于12月10日前报送本次走访慰问户数。')?.newFields.map((n) => n.label)).toEqual(['本次走访慰问户数']);
  });
});
