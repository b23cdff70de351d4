// （一）低保：户数、人数 — an entry's topic lends itself whole to each measure it lists (低保 + 户数). Only its head was tried
// (低 + 户数), so 户数 read as nothing and 低保户数 was never asked.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';

describe('the topic of an entry of measures', () => {
  it('is lent whole to each measure', () => {
    const r = parseWithDictionary('各镇街：请于11月25日前报送：\n（一）低保：户数、人数；\n（二）特困供养：人数。', 'lead_mz', AT);
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });
});
