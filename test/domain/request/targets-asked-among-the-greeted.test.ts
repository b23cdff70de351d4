// 各镇街：…请中山路街道、松溉镇重新核实后于明日报送: the addressee line greets every town, but the body asks two of them;
// the units the body's 请 is said to, among those greeted, are the targets (all six towns were asked). A unit named
// anywhere else in the body (参照朱沱镇的做法, 报送至朱沱镇民政办) narrows nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const targets = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'))?.targets;

describe('targets asked among the greeted', () => {
  it('units the body names narrow the greeting', () => {
    expect(targets('各镇街：经核实，部分镇街上报的10月低保人数与系统数据不符，请中山路街道、松溉镇重新核实后于明日报送。'))
      .toEqual(['zhongshanlu', 'songji']);
  });

  it('a unit named anywhere but right after 请 narrows nothing', () => {
    for (const text of [
      '各镇街：请参照朱沱镇的做法，于11月30日前报送低保户数。',
      '各镇街：请于11月30日前报送低保户数，其中朱沱镇、来苏镇还需报送特困人数。',
      '各镇街：请于11月30日前将低保户数报送至朱沱镇民政办汇总。',
      '各镇街：请于11月30日前报送低保户数。中山路街道、胜利路街道因系统切换可延至12月2日报送。',
    ]) expect(targets(text)).toHaveLength(6);
  });

  it('a greeting alone asks everyone it greets', () => {
    expect(targets('各镇街：请于明日报送10月低保人数。')).toHaveLength(6);
  });
});
