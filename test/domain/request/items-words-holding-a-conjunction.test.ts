// 涉及农民工人数 / 参与人数: 及 and 与 inside a word are not conjunctions, so the item keeps its head and is read whole,
// while 低保户数及人数 still lists two items.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'projects', label: '排查在建工程项目数', aliases: ['在建项目数'], type: 'integer', unit: '个', min: 0 },
  { key: 'workers', label: '涉及农民工人数', aliases: ['涉及农民工', '涉及人数'], type: 'integer', unit: '人', min: 0 },
  { key: 'amount', label: '涉及欠薪金额', aliases: ['欠薪金额', '涉及金额'], type: 'number', unit: '万元', min: 0 },
  { key: 'joined', label: '活动参与人数', aliases: ['参与人数'], type: 'integer', unit: '人', min: 0 },
  { key: 'sessions', label: '活动场次', aliases: [], type: 'integer', unit: '场', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-23T09:00:00+08:00'), fields });

describe('items holding a conjunction character', () => {
  it('涉及… keeps its head', () => {
    const r = parse('请各镇于11月28日前报送11月欠薪排查情况：排查在建工程项目数、涉及农民工人数、涉及欠薪金额（万元）。');
    expect(r?.fields).toEqual(['projects', 'workers', 'amount']);
  });

  it('参与人数 is one item, and 和 between two items still lists both', () => {
    const r = parse('请各镇于11月28日前报送11月活动场次和参与人数。');
    expect(r?.fields).toEqual(['sessions', 'joined']);
  });
});
