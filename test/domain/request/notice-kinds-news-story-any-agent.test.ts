// A news headline may name its agent by place (双河镇开展…核查, 全省…大摸底即将开始) and come forwarded (转：…); the story under it
// tells what was done or is coming, and a due day it tells (年底前省文旅厅将发布…) is the story's, not the units': addressed to
// no one and with no 请, it asks the units for nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a news story whose headline names its agent by place', () => {
  it('a named town and an event verb: not a request', () => {
    expect(parse('【县民政局】双河镇开展困难群众摸底核查\n11月13日，双河镇组织工作人员深入各村，逐户核查低保户数，把统计做细做准，为下一步发放补助提供依据。')).toBeNull();
  });

  it('a forwarded province headline with a due day the story tells: not a request', () => {
    expect(parse('【县民政局】转：全省困难群众大摸底即将开始\n记者从省民政厅了解到，今年全省将开展一次摸底，内容包括低保户数、低保人数。年底前省民政厅将以公报形式发布摸底主要成果。')).toBeNull();
  });

  it('the same named-town headline over a 请 with a due day still asks', () => {
    expect(parse('双河镇开展困难群众摸底核查\n请各村于11月30日前报送低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
