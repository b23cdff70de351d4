// A news story may head its work with 做好 / 加强 / 推进 rather than an event verb (县民政局全力做好困难群众摸底工作, 县里积极做好…
// 排查工作). What tells it from a notice is its structure: a headline that names no document, a body that narrates (a dateline
// 近日 / 3月5日上午，, words reported from a meeting or a document 会议要求 / 《通知》要求, or the headline's office told of again),
// no addressee line, no sentence that opens on the units, no 请 and no due day. Its 要求各乡镇…建立台账 is reported, not asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a news story of work done well', () => {
  it('the office the headline opens on told of again in the body, reporting what it asked: not a request', () => {
    expect(parse('【县民政局】县民政局全力做好困难群众摸底工作\n为让困难群众温暖过冬，县民政局加强部署、细化措施。\n一、开展调查摸底。'
      + '要求各镇党委政府规范建立台账，深入核实低保户数。全县预计需救助8390人。')).toBeNull();
  });

  it('a dateline and a told census: not a request', () => {
    expect(parse('【县民政局】县里积极做好困难群众摸底排查工作\n为做好兜底保障，近日，县民政局对摸底工作作了专题部署。据统计全县共有低保户1583户。'
      + '县局会同各镇逐村梳理，统计低保户数，建立台账。')).toBeNull();
  });

  it('the same headline over an ask to the units by a day still asks', () => {
    expect(parse('【县民政局】县民政局全力做好困难群众摸底工作\n近日，县民政局部署摸底工作。\n各镇于11月30日前报送低保户数。')?.fields)
      .toEqual(['dibao_households']);
  });
});
