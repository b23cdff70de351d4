// 本周燃气隐患排查情况（排查户数、发现隐患数、已整改数）: 排查户数 was read as 自建房安全排查户数 (the work of checking and a measure
// name no object of their own, ACTION_AND_MEASURE) and 发现隐患数 as 消防隐患发现数 (the head word 隐患 said with what is done to
// it takes the bracket's object, 燃气隐患, not the nearest item of another kind of hazard).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_zj', '2026-11-20T09:00:00+08:00');
const labels = (text: string) => { const r = read(text); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('measures of the work on a topic\'s object', () => {
  it('take the object, never a field of another kind', () => {
    const got = labels('各镇街：请于12月5日前报送燃气隐患排查整治情况（排查户数、发现隐患数、整改隐患数）。');
    expect(got).toContain('gas_hazards');
    expect(got).not.toContain('self_built_houses_checked');
    expect(got).not.toContain('fire_hazards_found');
  });

  it('the work and a measure alone are no item of the dictionary', () => {
    expect(labels('各镇街：请于12月12日前报送排查户数。')).toEqual(['排查户数']);
    expect(labels('各镇街：请于12月12日前报送自建房排查户数。')).toEqual(['self_built_houses_checked']);
  });
});
