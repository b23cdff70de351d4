// UNASKED_NAMED_BY_ITS_HEAD: 临时救助5人次，累计发放3.2万元 was acknowledged as an unasked 低保金发放金额 — the label 发放 shares with
// that item only a word further in its names, never their head (低保) nor a whole name, and the label in force (临时救助) names
// an asked item. Such a label names no unasked item; a label that says the unasked item's head still does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const dictionary = (JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')) as { fields: FieldDef[] }).fields;
const read = (text: string, ...fields: FieldDef[]) => parseReply(text, { ...ctx(...fields.map((f) => open(f))), dictionary });

describe('an unasked item is named by its head', () => {
  it('a shared verb under another item’s label names no unasked item', () => {
    expect(read('临时救助5人次，累计发放3.2万元', F.tempTimes, F.tempAmount, F.tekun).unasked).toEqual([]);
    const r = read('医疗救助21人次，发放4.5万元', F.medicalTimes, F.medicalAmount);
    expect(r.unasked).toEqual([]);
    // (the sum is the open amount of the item in force, MONEY_OF_THE_ITEM_IN_FORCE: stored, not dropped without a word)
    expect(summary(r.values)).toEqual(['medical_aid_amount=45000@2026-11', 'medical_aid_times=21@2026-11']);
  });

  it('the unasked item’s head, said, still names it', () => {
    expect(read('临时救助5人次，低保金发放3.2万元', F.tempTimes, F.tempAmount).unasked.map((u) => u.field)).toEqual(['dibao_amount']);
    expect(read('低保户数120，特困人数5人', F.dibaoHouseholds).unasked.map((u) => u.field)).toEqual(['tekun_persons']);
  });
});
