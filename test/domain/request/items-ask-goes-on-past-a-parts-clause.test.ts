// 低保户数；特困供养人数，其中集中供养人数；临时救助人次: a group after an ask's semicolon whose only comma opens the parts of the
// item before it (，其中…, PARTS_OPENER in items.ts) is still a bare group of names: the list goes on past it. Cut there, every
// item after the first semicolon was dropped without a word (fresh-items28 event 8 kept 1 of 7 items).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-12-02T09:00:00+08:00')?.fields;

describe('an ask goes on past a 其中 clause', () => {
  it('the groups after it are read', () => {
    expect(read('各镇街：请于12月10日前报送低保户数；特困供养人数，其中集中供养人数；临时救助人次。'))
      .toEqual(['dibao_households', 'tekun_persons', 'tekun_centralized', 'temp_aid_times']);
  });

  it('a comma that opens anything else still ends the list', () => {
    expect(read('各镇街：请于12月10日前报送低保户数；特困供养人数，各镇街要高度重视。')).toEqual(['dibao_households']);
  });
});
