// A chat ask is never a news story: 根据《…》要求 and 按照会议要求 open a notice's ask (they are its background, not a meeting
// reported), and 麻烦各村…报一下 / 发过来 is spoken to the units. A message with a short headline and such a body, without a due
// day, still asks.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a chat ask under a short headline', () => {
  it('根据《…》要求 then a polite ask: a request', () => {
    expect(parse('低保户数统计\n根据《县民政局关于做好困难群众摸底工作的通知》要求，麻烦各村把本村低保户数报一下，谢谢')?.fields)
      .toEqual(['dibao_households']);
  });

  it('根据《…》要求 then the units asked in a clause: a request', () => {
    expect(parse('低保户数统计\n根据《县民政局关于做好困难群众摸底工作的通知》要求，各村报一下本村低保户数。')?.fields)
      .toEqual(['dibao_households']);
  });

  it('按照会议要求 then the units asked: a request', () => {
    expect(parse('低保户数统计\n按照会议要求，各村把本村低保户数发过来。')?.fields).toEqual(['dibao_households']);
  });
});
