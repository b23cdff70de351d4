// 关于召开…统计工作会议的通知 … 六、统计报表工作要求 … 报表交报时间：3月31日: a meeting notice with a section of its own that
// sets when reports are handed in asks for them, due on that day (not on the meeting's days, 3月11日下午…报到 is arrival).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2042-03-01T09:00:00+08:00'));

const meeting = (tail: string) => '关于召开2041年度全区低保统计工作会议的通知\n各镇人民政府、各街道办事处：\n我区2041年度低保统计年报工作会议定于2042年3月11日至12日召开。现将有关事项通知如下：\n一、会议内容：布置2041年度低保统计工作。\n二、与会人员：各镇街负责低保统计的人员1名。\n三、会议时间、地点：3月11日下午在区民政局报到，3月12日上午9:00开会。' + tail;

describe('a meeting notice', () => {
  it('with a section that sets when reports are due asks for them, due then', () => {
    const r = parse(meeting('\n四、统计报表工作要求：\n1.报表交报时间：\n2042年3月31日。\n2.各镇街交报低保户数统计表一份。'));
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r && formatZoned(r.deadline!, 'Asia/Shanghai')).toBe('2042-03-31T23:59:59+08:00');
  });

  it('without one asks for nothing', () => {
    expect(parse(meeting('\n四、请各镇街带低保户数统计表参会。'))).toBeNull();
  });
});
