// 各镇街：…请中山路街道、松溉镇重新核实后于明日报送: the addressee line greets every town, but the body asks two of them;
// the units the body asks, among those greeted, are the targets (all six towns were asked).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const targets = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'))?.targets;

describe('targets asked among the greeted', () => {
  it('units the body names narrow the greeting', () => {
    expect(targets('各镇街：经核实，部分镇街上报的10月低保人数与系统数据不符，请中山路街道、松溉镇重新核实后于明日报送。'))
      .toEqual(['zhongshanlu', 'songji']);
  });

  it('a greeting alone asks everyone it greets', () => {
    expect(targets('各镇街：请于明日报送10月低保人数。')).toHaveLength(6);
  });
});
