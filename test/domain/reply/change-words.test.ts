// A change word (新增, 增加) that is part of the field's own name does not make the figure a change.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const violations: FieldDef = { key: 'land_violations', label: '新增违法占地宗数', aliases: ['违法占地宗数'], type: 'integer', unit: '宗', min: 0 };
const area: FieldDef = { key: 'land_violation_area', label: '新增违法占地面积', aliases: ['违法占地面积'], type: 'number', unit: '亩', min: 0 };
const jobs: FieldDef = { key: 'new_jobs', label: '城镇新增就业人数', aliases: ['新增就业人数'], type: 'integer', unit: '人', min: 0 };
const dibao: FieldDef = { key: 'dibao_households', label: '低保户数', aliases: ['低保户'], type: 'integer', unit: '户', min: 0 };

describe('change words', () => {
  const c = ctx(open(violations, '2026-Q4'), open(area, '2026-Q4'), open(jobs), open(dibao));
  const values = (t: string) => summary(parseReply(t, c).values);

  it('新增 inside the label: a level', () => {
    expect(values('岗南镇第四季度新增违法占地2宗，面积1.35亩。')).toEqual([
      'land_violation_area=1.35@2026-Q4', 'land_violations=2@2026-Q4',
    ]);
    expect(values('11月新增就业19人')).toEqual(['new_jobs=19@2026-11']);
  });

  it('a change word the label does not have: still a change', () => {
    expect(values('低保户比上月增加3户')).toEqual([]);
    expect(values('违法占地宗数较年初增加2宗')).toEqual([]);
  });
});
