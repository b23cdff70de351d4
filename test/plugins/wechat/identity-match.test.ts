import { describe, expect, it } from 'vitest';
import { matchIdentities } from '../../../plugins/wechat/identity-match.js';

const c = (id: string, alias: string | null, name: string) => ({ id, alias, name });

describe('matching contacts to roster members', () => {
  it('binds by remark first, by nickname only when no remark matches', () => {
    const m = matchIdentities(
      [{ memberId: 'zhang', key: '幸福社区-张丽' }, { memberId: 'wang', key: '强子' }],
      [c('a', '幸福社区-张丽', '丽丽'), c('b', null, '幸福社区-张丽'), c('d', null, '强子')],
    );
    expect([...m.bindings]).toEqual([['a', 'zhang'], ['d', 'wang']]);
  });

  it('binds nobody when two contacts match one member', () => {
    const m = matchIdentities([{ memberId: 'zhang', key: '张丽' }], [c('a', '张丽', 'x'), c('b', '张丽', 'y')]);
    expect(m.bindings.size).toBe(0);
    expect(m.ambiguous.map((a) => a.memberId)).toEqual(['zhang']);
  });

  it('binds nobody when one contact matches two members', () => {
    const m = matchIdentities([{ memberId: 'p', key: '小王' }, { memberId: 'q', key: ' 小王 ' }], [c('a', '小王', 'x')]);
    expect(m.bindings.size).toBe(0);
    expect(m.ambiguous.map((a) => a.memberId).sort()).toEqual(['p', 'q']);
  });

  it('reports members whose key matches no contact', () => {
    expect(matchIdentities([{ memberId: 'p', key: '无此人' }], [c('a', null, '别人')]).unmatched).toEqual(['p']);
  });
});
