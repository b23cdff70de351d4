// A reply typed in traditional characters reads as its simplified form: the unit's name (樂家壩村), the item (獻血量,
// 初篩不合格) and the measure word (噸) included.
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../src/domain/text/traditional.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const volume: FieldDef = { key: 'xx_volume', label: '献血量', aliases: ['献血总量'], type: 'integer', unit: '毫升', min: 0 };
const failed: FieldDef = { key: 'xx_fail', label: '初筛不合格人数', aliases: ['初筛不合格'], type: 'integer', unit: '人', min: 0 };
const floating: FieldDef = { key: 'hc_float', label: '清理河面漂浮物', aliases: ['漂浮物', '清漂量'], type: 'number', unit: '吨', min: 0 };

describe('traditional characters', () => {
  it('names, items and measure words read as simplified', () => {
    expect(toSimplified('樂家壩村獻血量，初篩不合格，42.5噸，保潔員')).toBe('乐家坝村献血量，初筛不合格，42.5吨，保洁员');
  });

  it('a reply in traditional characters is read', () => {
    const r = parseReply('獻血量3,000毫升，初篩不合格2人', ctx(open(volume, '2026-09'), open(failed, '2026-09')));
    expect(summary(r.values)).toEqual(['xx_fail=2@2026-09', 'xx_volume=3000@2026-09']);
    expect(summary(parseReply('清漂38.5噸', ctx(open(floating))).values)).toEqual(['hc_float=38.5@2026-11']);
  });
});
