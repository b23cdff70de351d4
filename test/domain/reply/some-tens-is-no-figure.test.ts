// 几十万 / 几百人: some tens or hundreds says only a figure's order of size; it is asked about, never stored as 十 or 百.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const online: FieldDef = { key: 'nc_online', label: '电商销售额', aliases: ['电商销售'], type: 'number', unit: '万元', min: 0 };
const picked: FieldDef = { key: 'nc_picked', label: '脐橙采摘量', aliases: ['采摘量'], type: 'number', unit: '吨', min: 0 };

describe('some tens', () => {
  it('几十万 is asked about, not stored as 10万', () => {
    const r = parseReply('电商几十万吧，具体的问文书', ctx(open(online)));
    expect(r.values).toEqual([]);
    expect(r.invalid.map((i) => i.field)).toEqual(['nc_online']);
  });

  it('几百吨 beside an exact figure leaves the exact one', () => {
    const r = parseReply('电商12.6万，采摘几百吨', ctx(open(online), open(picked)));
    expect(summary(r.values)).toEqual(['nc_online=12.6@2026-11']);
  });

  it('十万 without 几 is ten', () => {
    const r = parseReply('电商十万', ctx(open(online)));
    expect(summary(r.values)).toEqual(['nc_online=10@2026-11']);
  });
});
