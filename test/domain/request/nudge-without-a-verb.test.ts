// NUDGE_WITHOUT_A_VERB: 请还没报的镇街抓紧 — a chat nudge that names who has not reported and urges them leaves the hand-in
// verb out; it was no reminder, and went unanswered.
import { describe, expect, it } from 'vitest';
import { readReminder } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

describe('a nudge without a hand-in verb', () => {
  const lead = member('lead_mz');
  const ctx = (): ReturnType<typeof ctxAt> => ctxAt('2026-11-23T10:00:00+08:00');

  it.each(['请还没报的镇街抓紧', '没报的抓紧啊', '未报送的单位尽快'])('%s is a reminder', (text) => {
    expect(readReminder(text, lead, ctx())).not.toBeNull();
  });

  it.each(['还有谁没报？', '没报的有哪些', '大家抓紧'])('%s is not', (text) => {
    expect(readReminder(text, lead, ctx())).toBeNull();
  });
});
