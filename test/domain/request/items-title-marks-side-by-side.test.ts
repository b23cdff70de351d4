// 基层表包括《公共机构基本信息》《公共机构能源资源消费状况》等: names in title marks written side by side, with no 、 between
// them, are members of one list; each is an item, not only the last one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const text = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'text' });
const fields: FieldDef[] = [
  text('agency_basic_info', '公共机构基本信息'),
  text('agency_energy_status', '公共机构能源资源消费状况'),
  text('agency_buildings', '公共机构建筑情况'),
];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('names in title marks side by side', () => {
  it('are each an item', () => {
    const r = parse('各镇街：请于11月30日前报送《公共机构基本信息》《公共机构能源资源消费状况》。');
    expect(r?.fields).toEqual(['agency_basic_info', 'agency_energy_status']);
  });

  it('are each an item after 包括, three of them, closed by 等', () => {
    const r = parse('各镇街：请于11月30日前报送基层表，包括《公共机构基本信息》《公共机构建筑情况》《公共机构能源资源消费状况》等。');
    expect(r?.fields).toEqual(['agency_basic_info', 'agency_buildings', 'agency_energy_status']);
  });
});
