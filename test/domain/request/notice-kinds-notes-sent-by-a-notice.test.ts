// 关于…报表指标说明的补充通知: a notice whose title says it sends notes on how to fill in (说明, 口径, 解读 as what the notice is
// about) and that sets no due day and says no 请 tells how to count what is asked elsewhere; its items (…指标…填报) ask nothing.
// The same notes notice with a 请 and a due day still asks.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a notice that sends notes on how to fill in', () => {
  it('说明的补充通知 with no due day and no 请: not a request', () => {
    expect(parse('【县民政局】关于困难群众摸底报表指标说明的补充通知\n各镇民政办：\n为做好困难群众摸底工作，现对摸底报表有关指标补充说明如下。\n一、报表中的低保户数、低保人数等指标，与《社会救助统计制度》相关指标名称相同，指标解释与其一致。\n二、户籍与居住地不一致的，按照居住地填报。')).toBeNull();
  });

  it('the same notice with a 请 and a due day still asks', () => {
    expect(parse('【县民政局】关于困难群众摸底报表指标说明的补充通知\n各镇民政办：\n现对摸底报表有关指标补充说明如下。请于11月30日前按此口径重新报送低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
