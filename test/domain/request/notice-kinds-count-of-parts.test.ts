// 收集…等15个方面的数据，填写19份表格报… : a count of the ask's own parts (方面, 指标, 年龄段) says how big the ask is; it is no
// figure stated as a result, so the sentence is still the ask.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'venues', label: '宗教活动场所数', aliases: [], type: 'integer', unit: '处', min: 0 },
  { key: 'clergy', label: '宗教教职人员数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a count of the ask\'s own parts', () => {
  it('is not a stated result', () => {
    const r = parse([
      '关于开展宗教工作基本情况调研的通知',
      '各镇街：',
      '第一阶段为基本情况调研，收集汇总宗教活动场所、宗教教职人员等12个方面的数据，由各镇街填写表格报区民政局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['venues', 'clergy']);
  });

  it('a figure of people found is still one', () => {
    const r = parse([
      '关于宗教工作情况的通报',
      '各镇街：',
      '经调研，全区共有宗教活动场所36处，宗教教职人员52人。',
    ].join('\n'));
    expect(r).toBeNull();
  });
});
