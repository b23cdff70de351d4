import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// KIND_UNDER_HEADING (phrases.ts): 百岁老人：男2人，女5人 — the item's name as a heading, then its parts each said of a kind.
// Before, the kind words alone after the colon named nothing and both figures were dropped without a word.
const parse = (text: string, ...candidates: ReturnType<typeof open>[]) => parseReply(text, ctx(...candidates));

describe('parts under a heading', () => {
  it('asks for the total, storing no part', () => {
    for (const [text, field] of [['百岁老人：男2人，女5人', F.centenarians], ['特困供养：集中12人，分散44人', F.tekun], ['百岁老人：城镇2人，农村5人', F.centenarians]] as const) {
      const r = parse(text, open(field));
      expect(summary(r.values), text).toEqual([]);
      expect(r.invalid.map((i) => i.field), text).toEqual([field.key]);
      expect(r.invalid[0]!.reason, text).toContain('是分项');
    }
  });

  it('reads the total said after the parts', () => {
    expect(summary(parse('百岁老人：男2人，女5人，共7人', open(F.centenarians)).values)).toEqual(['centenarians=7@2026-11']);
  });

  it('stores no lone figure said of a kind under the heading', () => {
    expect(summary(parse('百岁老人：男2人', open(F.centenarians)).values)).toEqual([]);
  });
});
