// 当日和累计的临床诊断病例数: a short qualifier before a conjunction shares the next item's head; 一般隐患、重大隐患和列入
// 治理计划的重大隐患: a fragment that names an item by itself is that item, not a qualifier of the next one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'general', label: '一般事故隐患', aliases: [], type: 'integer', unit: '项', min: 0 },
  { key: 'major', label: '重大事故隐患', aliases: [], type: 'integer', unit: '项', min: 0 },
  { key: 'planned', label: '纳入治理计划的重大隐患', aliases: [], type: 'integer', unit: '项', min: 0 },
  { key: 'new_cases', label: '当日临床诊断病例数', aliases: [], type: 'integer', unit: '例', min: 0 },
  { key: 'total_cases', label: '累计临床诊断病例数', aliases: [], type: 'integer', unit: '例', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('before a conjunction', () => {
  it('an item named by itself stays that item', () => {
    const r = parse('各镇街：请于11月30日前按月填报统计表，分别填写一般隐患、重大隐患和列入治理计划的重大隐患。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['general', 'major', 'planned']);
  });

  it('a two-character qualifier shares the next item\'s head', () => {
    const r = parse('各镇街：请于11月30日前报送当日和累计的临床诊断病例数。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['new_cases', 'total_cases']);
  });
});
