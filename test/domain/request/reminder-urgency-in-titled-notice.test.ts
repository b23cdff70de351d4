// 抓紧 makes a short chat message a nudge about an earlier ask; a titled notice that asks its units to 抓紧做好 new work
// is still a new request (the word counts there only in the title: 关于抓紧报送…的通知). A titled reminder that sets its
// own due time is read as a request marked `reminder`.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-03-01T09:00:00+08:00'));

describe('urgency words', () => {
  it('a titled notice with 抓紧 in a requirement is a request', () => {
    const text = '关于开展低保对象摸底的通知\n各镇人民政府、各街道办事处：\n一、各地要抓紧做好入户核查。\n二、请于3月10日前将低保户数报区民政局。';
    expect(parse(text)?.fields).toEqual(['dibao_households']);
  });

  it('a chat message that says 抓紧 is a reminder', () => {
    expect(parse('请各镇街抓紧报送低保户数')).toBeNull();
  });

  // whether it urges an open request of the sender's or asks anew is for the bot to tell (see test/bot/reposts.test.ts)
  it('a title that says 抓紧 marks the notice a reminder', () => {
    expect(parse('关于抓紧报送低保户数的通知\n各镇人民政府：\n请于3月10日前将低保户数报区民政局。')?.reminder).toBe(true);
  });

  it('尚未报送 in a titled notice that names its items only there asks for nothing new', () => {
    expect(parse('关于低保数据报送的通知\n各镇人民政府：\n目前仍有3个镇尚未报送低保户数，请于3月10日前报区民政局。')).toBeNull();
  });

  it('a titled reminder that sets no due time of its own is no request', () => {
    expect(parse('关于抓紧报送低保户数的通知\n各镇人民政府：\n请各镇抓紧将低保户数报区民政局。')).toBeNull();
  });
});
