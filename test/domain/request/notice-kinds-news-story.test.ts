// A story of work led by a news headline (县侨联开展新一轮侨情普查, 全县…摸底排查工作完成, 县里召开…会议) tells what was done
// or begun; addressed to no one, with no due day and no 请, its 统计, 摸底 and 上报 ask the units for nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a story of work under a news headline', () => {
  it('an agent and an event verb: not a request', () => {
    expect(parse('县民政局开展困难群众摸底\n这次摸底由各镇对辖区低保户数、低保人数认真登记，汇总后上报县民政局。')).toBeNull();
  });

  it('work told done: not a request', () => {
    expect(parse('【区民政局】全区低保对象摸底统计工作完成\n这次摸排由区民政局牵头，督促各镇街统计低保户数，数据经比对核实后全部录入系统。')).toBeNull();
  });

  it('the same headline over a 请 with a due day still asks', () => {
    expect(parse('县民政局开展困难群众摸底统计\n请各镇于11月30日前报送低保户数。')?.fields).toEqual(['dibao_households']);
  });

  it('the same headline over a sentence that opens on the units still asks', () => {
    expect(parse('县民政局开展困难群众摸底\n各镇对辖区低保户数、低保人数认真登记，汇总后上报县民政局。')?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('a chat label that tells no event still asks', () => {
    expect(parse('困难群众摸底统计\n各镇统计低保户数，汇总后上报区民政局。')?.fields).toEqual(['dibao_households']);
  });
});

describe('a visit told under a news headline', () => {
  it('an inspection team visiting a town (…到朱沱镇检查指导…): not a request, though the story tells figures to a day', () => {
    expect(parse('【区民政局】市民政局检查组到朱沱镇检查指导社会救助工作\n15日上午，市民政局检查组到朱沱镇检查指导社会救助工作，镇长参加汇报会。据介绍，截止10月31日，全镇有低保户数120户，1—10月新增低保人数15人。'
      + '检查组听取汇报、查看资料后，要求补齐薄弱环节，控制新增返贫率和漏保率，完成市级的各项指标。')).toBeNull();
  });

  it('the same headline over a 请 with a due day still asks', () => {
    expect(parse('市民政局检查组到朱沱镇检查指导社会救助工作\n请各镇于11月30日前报送低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
