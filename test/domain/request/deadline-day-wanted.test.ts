// NEEDED_BY: 麻烦把11月低保户数、特困人数发我，周一要 / 低保户数发我一下，明天要用 — the day the figures are wanted, said at the end of
// the clause, gave no due day. It is when they are due; a day something else happens on (12月5日要召开会议) is not.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const due = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00')?.deadline?.toISOString();

describe('the day the figures are wanted', () => {
  it('is the due day', () => {
    expect(due('各镇街民政办：麻烦把11月低保户数、特困人数发我，周一要')).toBe('2026-11-23T15:59:59.000Z');
    expect(due('各镇街：低保户数发我一下，明天要用。')).toBe('2026-11-21T15:59:59.000Z');
  });

  it('a day of another event is not', () => {
    expect(due('各镇街：12月5日要召开会议，请于12月3日前报送低保户数。')).toBe('2026-12-03T15:59:59.000Z');
  });
});
