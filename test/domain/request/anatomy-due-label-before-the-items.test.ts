// DUE_LABEL: 各镇街：截止时间：11月25日中午12:00。报送内容：… — a sentence opening on the label of a hand-in time states the
// notice's own due time. Before the items it was read as background, where no due time is taken from.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-19T09:00:00+08:00'));

describe('a due-time label before the items', () => {
  it('gives the due time', () => {
    const r = read('各镇街：截止时间：11月25日中午12:00。报送内容：低保户数、低保人数。');
    expect(localDue(r)).toBe('2049-11-25T12:00');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
    expect(localDue(read('各镇街：报送时间：11月26日。报送内容：特困供养人数。'))).toBe('2049-11-26T23:59');
  });
});
