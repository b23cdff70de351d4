// URGED_HAND_IN (detect.ts, looksLikeReminder): a long message without a title — a section of a plan or a notice pasted on
// its own — uses 抓紧 for the work it sets out (…要抓紧研究，提出解决办法); it is a reminder only where 抓紧 urges the hand-in
// itself (请抓紧报送, 抓紧时间上报). A chat message of up to 100 characters keeps every urgency word.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

const section = (ask: string): string => ['……',
  '（二）密切协作，齐抓共管。各有关部门要依托联席会议平台，建立经常性的联络协作机制，各司其职、各负其责，形成工作合力，共同做好困难群众冬季救助。对排查发现的突出困难，要抓紧研究，提出切实可行的解决办法，及时化解。',
  `（三）畅通渠道，及时反馈。${ask}`].join('\n');

describe('抓紧 in a long untitled text', () => {
  it('urging the work it sets out does not make the text a reminder', () => {
    expect(parse(section('请各镇街务必于12月1日前将低保户数报区民政局汇总。'))?.fields).toEqual(['dibao_households']);
  });

  it('urging the hand-in itself (请抓紧报送) still makes it a reminder', () => {
    expect(parse(section('还有部分镇街的低保户数，请抓紧报送区民政局。'))).toBeNull();
  });

  it('a short chat message with 抓紧 is still a nudge', () => {
    expect(parse('各镇街请抓紧，低保户数今天下班前报区民政局')).toBeNull();
  });
});
