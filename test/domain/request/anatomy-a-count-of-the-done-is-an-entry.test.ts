// 消防隐患数；燃气隐患数，其中已完成整改的数量；电路隐患数: an entry whose 已完成 is followed by the work and a measure names a count
// of what is done (DONE_COUNTED, anatomy.ts), not work said to be done: it was read as background, and 燃气隐患数 was lost.
import { describe, expect, it } from 'vitest';
import { readAnatomy, partTexts } from '../../../src/domain/request/anatomy.js';
import { parseWithDictionary } from './helpers.js';

const TEXT = '【区应急局】请各镇街于11月30日前报送：消防隐患数；燃气隐患数，其中已完成整改的数量；电路隐患数。';

describe('a count of what is done', () => {
  it('is no background', () => {
    expect(partTexts(readAnatomy(TEXT), 'background')).toEqual([]);
  });

  it('its entry is read', () => {
    expect(parseWithDictionary(TEXT, 'lead_mz', '2026-11-20T09:00:00+08:00')?.fields)
      .toEqual(['fire_hazards_found', 'gas_hazards', 'electrical_hazards']);
  });

  it('work said to be done is still background', () => {
    expect(partTexts(readAnatomy('【区应急局】各镇街隐患排查工作已完成整改。请各镇街于11月30日前报送燃气隐患数。'), 'background').join(''))
      .toContain('已完成整改');
  });
});
