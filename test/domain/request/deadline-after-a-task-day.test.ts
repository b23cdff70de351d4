// 请于本月25日前完成特困人员排查，并于本月28日前报送特困供养人数 / 本次排查于11月30日结束，请…于12月2日中午12点前报送: a day said
// of work to finish (完成, 结束) is no hand-in's day when another day in the sentence is. The work's clause ended only at a
// date written with its month, so 本月28日 ran into it and the task's day (25日, 30日) was taken as the due day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const due = (text: string): string | undefined => localDue(parseRequest(text, member('lead_mz'), ctxAt('2049-11-20T09:00:00+08:00')));

describe('a task day before the hand-in day', () => {
  it('本月25日前完成… then 本月28日前报送', () => {
    expect(due('各镇街：请于本月25日前完成特困人员排查，并于本月28日前报送特困供养人数。')).toBe('2049-11-28T23:59');
  });

  it('…于11月30日结束 then the hand-in', () => {
    expect(due('各镇街：本次排查于11月30日结束，请各镇街于12月2日中午12点前报送低保户数。')).toBe('2049-12-02T12:00');
  });

  it('a hand-in said to be finished by a day is due that day', () => {
    expect(due('各镇街：低保户数报送工作于11月30日前结束。')).toBe('2049-11-30T23:59');
  });
});
