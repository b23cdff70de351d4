// 网格事件上报件数和办结件数请于每月3日前报送上月数据 — the name 网格事件上报件数 holds a verb of reporting (上报): read as the ask's
// verb, it cut the name and offered 件数 as a new item. A dictionary name holding such a verb is taken whole.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

describe('a dictionary name that holds a verb of reporting', () => {
  it('is one item', () => {
    const r = parseWithDictionary('各镇街综治中心：网格事件上报件数和办结件数请于每月3日前报送上月数据。', 'lead_zj', '2049-11-19T09:00:00+08:00');
    expect(r?.fields).toEqual(['grid_events_reported', 'grid_events_closed']);
    expect(r?.newFields).toEqual([]);
  });
});
