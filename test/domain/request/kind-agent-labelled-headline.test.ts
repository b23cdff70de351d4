// AGENT_LABELLED_HEADLINE: 胜利路街道：人口普查户籍清查即将收尾 over a body that tells of the street again — a news story whose headline
// names its place before a colon tells what was done there; its 截至目前 and 填写…表 are told, not asked (read as an ask, a census
// story in notices/fresh-when28 became a request with a made-up item).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a headline labelled with its place', () => {
  it('a story led by 某街道：… is no request', () => {
    expect(parse('【区融媒体中心】胜利路街道：人口普查户籍清查即将收尾\n清查开展以来，胜利路街道统计站站长的电话就没停过。为了让普查员尽快上手，她先后组织了十多场培训。\n辖区最大的社区里，各小区门口都挂出了人口普查宣传横幅，门卫室前贴着倡议书和通知。白天居民大多在外上班，普查员就先电话预约再上门；晚饭后再入户，出示证件、询问信息、填写清查表、解答疑问，一户往往要十多分钟。\n胜利路街道共有3个社区。截至目前，2个社区已完成清查；另1个社区已完成三分之二。据了解，下月起还将陆续开展普查摸底和短表登记工作。')).toBeNull();
  });

  it('a street named before a colon and then asked stays a request', () => {
    const r = parse('朱沱镇：请于11月30日前报送本月低保户数。');
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
