// 关于…排查治理情况的汇报 is a report (汇报) as 报告 is: the department tells its own work and the figures already handed in to it
// (已有73个项目报送了统计表, 共有电动自行车3387辆); posted in the channel it asks the units for nothing. A notice that asks for a
// 汇报 (关于报送…情况汇报的通知) still asks.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a 汇报 sent up', () => {
  it('关于…情况的汇报 telling the work and the counts handed in: not a request', () => {
    expect(parse('【县民政局】关于全县困难群众摸底排查情况的汇报\n10月以来，我局围绕困难群众摸底做了以下工作：\n'
      + '一、召开全县摸底工作会，要求各镇自查自纠。\n二、按照县里《关于开展困难群众摸底排查的通知》的要求做了统计汇总：截至11月13日，'
      + '各镇报送了摸底统计表，共有低保户1230户，其中新增低保户86户。\n三、下一步，我局将继续督促各镇动态管理。')).toBeNull();
  });

  it('a notice asking for the 汇报 still asks', () => {
    expect(parse('【县民政局】关于报送困难群众摸底排查情况汇报的通知\n各镇：\n请于11月30日前报送低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
