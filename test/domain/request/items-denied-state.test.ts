// 无改厕户数 / 尚未改厕的户数: a state the dictionary's own names mark with 已 / 未 is denied by 无, 没有 and 尚未 as by 未;
// where the dictionary marks no such state, 无 keeps its sense (长年无人居住户数 is not 未…).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const households = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit: '户', min: 0 });
const fields: FieldDef[] = [households('done', '已改厕户数'), households('not_done', '未改厕户数'), households('resident', '常住户数')];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a denied state', () => {
  it('无 before a state the dictionary marks with 已/未 reads as 未', () => {
    expect(parse('各镇街：请于11月30日前报送已改厕户数和无改厕户数。')?.fields).toEqual(['done', 'not_done']);
  });

  it('尚未 reads the same way', () => {
    expect(parse('各镇街：请于11月30日前报送尚未改厕的户数。')?.fields).toEqual(['not_done']);
  });
});
