// UNITS_TOLD: a story's clause that opens on the units only tells who came (各村统计员、防疫员到镇里参会); it addresses them
// only when it tells them to do something (a verb of reporting or a word of duty). 统计员 is a role, not a verb of counting.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2052-04-08T10:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a story that names the units without telling them anything', () => {
  it('a town\'s sample check story is no request', () => {
    expect(parse('【区民政局】双石镇逐户摸排低保户数\n前几天，双石镇开会部署低保对象摸排，各村统计员、协理员到镇里参会。会议要求各村干部一户不落地摸排。一周下来，全镇共摸排低保户1004户。')).toBeNull();
  });

  it('a clause that opens on the units and tells them to report still asks', () => {
    expect(parse('【区民政局】低保户数摸排\n前几天，区里开会部署低保对象摸排，各镇要把低保户数汇总后上报区民政局。')).not.toBeNull();
  });
});
