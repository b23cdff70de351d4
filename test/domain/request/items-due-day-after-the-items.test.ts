// 排查件数、调处件数于11月27日前报送: with the due day blanked, the 于 that opened it stayed on the last item (调处件数于), which
// then named nothing.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';

describe('items said before 于 and their due day', () => {
  it('are read to the last one', () => {
    expect(parseWithDictionary('各镇街：排查件数、调处件数于11月27日前报送。', 'lead_zj', AT)?.fields).toEqual(['disputes_found', 'disputes_mediated']);
    expect(parseWithDictionary('各镇街：燃气隐患数、调处件数于11月27日前报送。', 'lead_zj', AT)?.fields).toEqual(['gas_hazards', 'disputes_mediated']);
  });
});
