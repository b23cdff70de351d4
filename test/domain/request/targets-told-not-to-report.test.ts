// NOT_TO_REPORT (targets.ts): 其他镇街已报齐的不用报 / 朱沱镇、来苏镇已报送的不用再报: the units a clause tells not to report are
// not asked. The first asked every town and street (其他镇街 read as a group to ask), the second asked the two towns that had
// already reported.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('units told not to report', () => {
  it('其他镇街…不用报 after the units asked by name leaves the others out', () => {
    expect(parse('请中山路街道、胜利路街道今天下午5点前补报11月的低保人数，其他镇街已报齐的不用报。')?.targets).toEqual(['zhongshanlu', 'shenglilu']);
    expect(parse('请中山路街道、胜利路街道今天下午5点前补报11月的低保人数，其他镇街不用报。')?.targets).toEqual(['zhongshanlu', 'shenglilu']);
  });

  it('units named as already reported are left out of 各镇街', () => {
    expect(parse('各镇街：请于12月5日前报送11月低保户数。朱沱镇、来苏镇已报送的不用再报。')?.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan', 'songji']);
    expect(parse('各镇街：请于12月5日前报送11月低保户数，朱沱镇、来苏镇已经报送的，不用再报。')?.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan', 'songji']);
  });

  it('a condition with no unit named (没有低保户的不用报) leaves every unit asked', () => {
    expect(parse('各镇街：请于12月5日前报送11月低保户数，没有低保户的不用报。')?.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan', 'zhutuo', 'songji', 'laisu']);
  });

  it('a unit said to have reported, in the clause before 无需重复报送, is left out', () => {
    expect(parse('各镇街：请于12月5日前报送11月低保户数。（朱沱镇已报，无需重复报送）')?.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan', 'songji', 'laisu']);
  });
});
