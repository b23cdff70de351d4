import { describe, expect, it } from 'vitest';
import { buildUnitIndex, findTargets } from '../../../src/domain/request/targets.js';
import { toHalfWidth } from '../../../src/domain/numbers.js';
import type { Roster } from '../../../src/domain/types.js';

// Notice text reaches findTargets in half-width (see text/normalize.ts).
// A town whose villages and communities report.
const roster: Roster = {
  departments: [{ id: 'shehui', name: '社会事务办', aliases: [] }],
  units: [
    { id: 'baisha', name: '白沙镇', kind: 'town' },
    { id: 'hongqi', name: '红旗村', kind: 'village', parent: 'baisha' },
    { id: 'qingshan', name: '青山村', kind: 'village', parent: 'baisha' },
    { id: 'liulin', name: '柳林村', kind: 'village', parent: 'baisha' },
    { id: 'binhe', name: '滨河社区', kind: 'community', parent: 'baisha' },
    { id: 'xinjie', name: '新街社区', kind: 'community', parent: 'baisha' },
  ],
  members: ['hongqi', 'qingshan', 'liulin', 'binhe', 'xinjie'].map((unit) => ({ id: `s_${unit}`, name: unit, role: 'staff' as const, unit })),
};
const units = buildUnitIndex(roster);
const t = (text: string) => findTargets(toHalfWidth(text), units).targets;

describe('targets with an exception', () => {
  it('leaves out the units named in 除……外 / ……除外', () => {
    expect(t('除新街社区外，各村（社区）本周五前报本月低保户数')).toEqual(['hongqi', 'qingshan', 'liulin', 'binhe']);
    expect(t('各村（社区）（滨河社区除外）27号前报今年粮食播种面积')).toEqual(['hongqi', 'qingshan', 'liulin', 'xinjie']);
    expect(t('除了红旗村之外，各村月底前报一下')).toEqual(['qingshan', 'liulin']);
  });

  it('reads 其他/其余 as a group phrase and the kind after the exception', () => {
    expect(t('除滨河社区外，其他村（社区）本周五前报')).toEqual(['hongqi', 'qingshan', 'liulin', 'xinjie']);
    expect(t('新街社区除外，其余各村（社区）报一下')).toEqual(['hongqi', 'qingshan', 'liulin', 'binhe']);
    expect(t('除红旗村、青山村以外的村，月底前报今年村集体经济收入')).toEqual(['liulin']);
  });

  it('keeps a plain list as it is', () => {
    expect(t('红旗村、柳林村两个村，本周五下班前报')).toEqual(['hongqi', 'liulin']);
  });
});

describe('targets that name what they do not include', () => {
  it('leaves out the units after 不含 / 不包括 (NOT_INCLUDED)', () => {
    expect(t('各村（社区）（不含新街社区）本周五前报本月低保户数')).toEqual(['hongqi', 'qingshan', 'liulin', 'binhe']);
    expect(t('各村，不包括红旗村、青山村，月底前报今年村集体经济收入')).toEqual(['liulin']);
  });

  it('excepts nobody when what is not included is no unit', () => {
    expect(t('各村低保人数（不含特困人员）本周五前报')).toEqual(['hongqi', 'qingshan', 'liulin']);
  });
});
