// RATE_IN_ITS_NUMERATOR: a price in 元/公斤 is said in 元 (48元, 46块5), as people quote a price. 元 against 元/公斤 was a
// conflicting measure, so with a sum in 万元 open as well (fresh19 众安桥5月均价48块 6月46块5, 售茧收入 in 万元) the second
// month's price was filed as 0.00465万元 of income, a wrong value.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const price = { key: 'cs_price', label: '鲜茧均价', aliases: ['均价'], type: 'number', unit: '元/公斤', min: 0 } as FieldDef;
const income = { key: 'cs_income', label: '售茧收入', aliases: ['收入'], type: 'number', unit: '万元', min: 0 } as FieldDef;

describe('a price said in the unit over its slash', () => {
  it('5月均价48块 6月46块5: both months\' price', () => {
    const r = parseReply('5月均价48块 6月46块5', ctx(open(price, '2026-05'), open(price, '2026-06'), open(income, '2026-05'), open(income, '2026-06')));
    expect(summary(r.values)).toEqual(['cs_price=46.5@2026-06', 'cs_price=48@2026-05']);
  });

  it('5月均价48元 6月46.5元', () => {
    const r = parseReply('5月均价48元 6月46.5元', ctx(open(price, '2026-05'), open(price, '2026-06'), open(income, '2026-05'), open(income, '2026-06')));
    expect(summary(r.values)).toEqual(['cs_price=46.5@2026-06', 'cs_price=48@2026-05']);
  });

  it('a sum labelled as income stays income: 收入21.7万', () => {
    const r = parseReply('均价47元 收入21.7万', ctx(open(price), open(income)));
    expect(summary(r.values)).toEqual(['cs_income=21.7@2026-11', 'cs_price=47@2026-11']);
  });
});
