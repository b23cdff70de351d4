// A story may open on the town, street, community or village whose work it tells (兴隆社区做好高龄独居老人关爱) with no event verb
// and no dateline: that place told of again in a sentence of the body (中山路街道兴隆社区组织网格员…摸底, 目前兴隆社区的摸底已经
// 结束) is the agent, as a bureau named again is (HEADLINE_AGENT, UNIT_AGENT). Its 摸底 and 登记 are told, not asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a story headed by the community whose work it tells', () => {
  it('the community named again in the body: not a request', () => {
    expect(parse('【区民政局】兴隆社区做好百岁老人关爱服务\n为落实上级要求，中山路街道兴隆社区多措并举做好百岁老人关爱。\n'
      + '走访排查，摸清底数：社区组织网格员对辖区百岁老人全面摸底，登记姓名、电话和紧急联系人，整理归档，动态掌握百岁老人数。\n'
      + '目前兴隆社区的摸底已经结束，共有百岁老人3人。')).toBeNull();
  });

  it('the same headline over an ask by a day still asks', () => {
    expect(parse('兴隆社区做好百岁老人关爱服务\n兴隆社区请于11月30日前报送百岁老人人数。')?.fields).toEqual(['centenarians']);
  });
});
