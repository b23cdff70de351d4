// MEMBERS_SHARE_THE_COUNT: 留守儿童、留守妇女、留守老人人数 / 失能、半失能老人人数 — a member naming no item alone and no measure
// was dropped (留守妇女, 失能): it counts as the last member does, found inside it (失能老人人数) or opening with its
// first word (留守妇女人数). A member the dictionary knows alone (留守儿童, 独居) is read as before.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const labels = (text: string) => { const r = parseWithDictionary(text, 'lead_mz', '2026-11-24T09:00:00+08:00'); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('members counted like the last one', () => {
  it('take the last member\'s count', () => {
    expect(labels('请各村报一下本村留守儿童、留守妇女、留守老人人数，周五前。')).toEqual(['left_behind_children', '留守妇女人数', '留守老人人数']);
    expect(labels('各镇街：请于12月5日前报送辖区内失能、半失能老人人数。')).toEqual(['失能老人人数', '半失能老人人数']);
  });

  it('members the dictionary knows are read as before', () => {
    expect(labels('请各镇街于12月5日前报送独居、空巢老人人数。')).toEqual(['living_alone_elderly', 'empty_nest_elderly']);
    expect(labels('请各镇街报送燃气、电路隐患数，周五前。')).toEqual(['gas_hazards', 'electrical_hazards']);
  });
});
