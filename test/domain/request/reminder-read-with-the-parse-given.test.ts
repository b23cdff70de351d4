// readReminder takes the caller's reading of the message as a request (null: it is none) instead of reading the text as
// a request again (the bot's lead handler has read it already; docs/performance.md, phase 32), and reads it the same.
import { describe, expect, it } from 'vitest';
import { parseRequest, readReminder } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

describe('readReminder with the parse given', () => {
  const lead = member('lead_mz');
  const ctx = (): ReturnType<typeof ctxAt> => ctxAt('2026-11-23T10:00:00+08:00');

  it('reads a reminder the same with or without the parse handed in', () => {
    const text = '请尚未报送的镇街于11月27日前报送。';
    expect(parseRequest(text, lead, ctx())).toBeNull();
    const alone = readReminder(text, lead, ctx());
    expect(alone).not.toBeNull();
    expect(readReminder(text, lead, ctx(), null)).toEqual(alone);
  });

  it('trusts the parse handed in rather than reading the text again', () => {
    const request = '请各镇街于11月27日前报送本月低保户数。';
    const parsed = parseRequest(request, lead, ctx());
    expect(parsed).not.toBeNull();
    expect(readReminder('请尚未报送的镇街于11月27日前报送。', lead, ctx(), parsed)).toBeNull();
  });
});
