// 请办结率低于95%的镇街于5月16日前报送整改情况: the units a figure puts past a line are not in the text; none is guessed and the
// lead is asked (CONDITIONED_UNITS). Units named with the condition leave nothing to ask.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields as base, member } from './helpers.js';

const fields: FieldDef[] = [...base, { key: 'rectify', label: '整改情况', aliases: [], type: 'text' }];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2068-05-13T09:00:00+08:00'), fields });

describe('a condition on the units', () => {
  it('a bulletin asking the units below a rate asks no unit and says the condition', () => {
    const r = parse('【区民政局】关于12345热线工单办理情况的通报\n各镇街：\n4月全区12345热线工单办结率为93.5%。请办结率低于95%的镇街于5月16日前报送整改情况。');
    expect(r?.targets).toEqual([]);
    expect(r?.targetsCondition).toBe('办结率低于95%的镇街');
  });

  it('units named with the condition leave nothing to ask the lead', () => {
    const r = parse('【区民政局】关于12345热线工单办理情况的通报\n各镇街：\n请办结率低于95%的朱沱镇、来苏镇于5月16日前报送整改情况。');
    expect(r?.targets.length).toBeGreaterThan(0);
    expect(r?.targetsCondition).toBeUndefined();
  });

  it('a condition on what is counted (收入低于低保标准的家庭) is no condition on the units', () => {
    const r = parse('请各镇街于5月16日前报送收入低于低保标准的家庭户数。');
    expect(r?.targets.length).toBeGreaterThan(0);
    expect(r?.targetsCondition).toBeUndefined();
  });
});
