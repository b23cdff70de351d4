// A county often bears the name a town of it bears (澄川县 and 澄川镇, 朱沱县 and 朱沱镇): a unit's short name followed by a
// higher level's word (县, 市, 区, 州, 省, 旗) names that higher body, not the unit — 《朱沱县低保工作实施方案》 in the ask or the
// scope does not address 朱沱镇 alone. The short name on its own (朱沱、松溉两镇) and the full name still name the unit.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member, roster } from './helpers.js';

const targets = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2042-01-20T09:00:00+08:00'))?.targets;
const townsAndStreets = roster.units.filter((u) => u.kind === 'town' || u.kind === 'street').map((u) => u.id);

describe('a county named like one of its towns', () => {
  it('is not that town, in a scope section', () => {
    const got = targets('关于低保资金发放的通知\n各镇人民政府、各街道办事处：\n一、救助对象\n各镇（街道）前期已按《朱沱县低保工作实施方案》完成审核。'
      + '\n二、资料报送\n请各镇（街道）于2月10日前将低保户数报区民政局。');
    expect(got).toEqual(townsAndStreets);
  });

  it('is not that town, in the ask', () => {
    const got = targets('请各镇（街道）于2月10日前按朱沱县的统一口径报送低保户数。');
    expect(got).toEqual(townsAndStreets);
  });

  it('the short name on its own still names the town', () => {
    expect(targets('请朱沱、松溉两镇于2月10日前报送低保户数。')).toEqual(['zhutuo', 'songji']);
  });
});
