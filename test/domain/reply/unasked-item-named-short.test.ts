// 东门海报25张是第一轮的 第二轮又贴了10张 一共35张 with 派发宣传单 (张) asked and 张贴海报 (alias 海报) in the dictionary but
// not asked: 海报 names that item whole (its 报 is no filler word here), and the level the sentence ends on, with no label
// of its own and in the same measure word, still speaks of 海报 — it is never filed as the asked 宣传单 by its measure.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const flyer = int('flyer', '派发宣传单', ['宣传单', '传单'], '张');
const poster = int('poster', '张贴海报', ['海报'], '张');
const banner = int('banner', '悬挂横幅', ['横幅'], '条');
const dictionary = [banner, poster, flyer];
const read = (text: string) => parseReply(text, { at: AT, timezone: 'Asia/Shanghai', candidates: [{ field: flyer, period: '2026-12', answered: false }], dictionary });

describe('an unasked item named short, and the figures after it', () => {
  it('东门海报25张 is the unasked 海报', () => {
    const r = read('东门海报25张');
    expect(r.values).toEqual([]);
    expect(r.unasked.map((u) => u.field)).toEqual(['poster']);
  });
  it('一共35张 after it in the sentence is no 宣传单 figure', () => {
    const r = read('东门海报25张是第一轮的 第二轮又贴了10张 一共35张');
    expect(r.values).toEqual([]);
    expect(r.unasked.map((u) => u.field)).toEqual(['poster']);
  });
  it('a label of the asked item after it still reads', () => {
    expect(summary(read('海报25张，宣传单一共600张').values)).toEqual(['flyer=600@2026-12']);
  });
  it('a figure in another measure word after an unasked item is not carried', () => {
    expect(summary(read('横幅3条 600张').values)).toEqual(['flyer=600@2026-12']);
  });
});
