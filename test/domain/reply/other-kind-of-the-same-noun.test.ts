// OTHER_KIND_OF_THE_SAME_NOUN (other-kind.ts): a label that says another kind of the item's noun where the item's names say
// their own kind (高龄老人 for 百岁老人人数, 残疾人务工 for 脱贫劳动力务工人数) counts that other kind: no figure of the item, and
// acknowledged by its own words. A verb before the noun (排查 / 走访 / 发现) is no kind, and a kind the dictionary says with the
// item's own (集中 of 特困集中供养人数) is a part, read as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const dictionary = (JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')) as { fields: FieldDef[] }).fields;
const read = (text: string, ...fields: FieldDef[]) => parseReply(text, { ...ctx(...fields.map((f) => open(f))), dictionary });
const alone = { key: 'living_alone_elderly', label: '独居老人人数', aliases: ['独居老人数'], type: 'integer', unit: '人', min: 0 } as FieldDef;
const poorWorking = { key: 'poor_working', label: '脱贫劳动力务工人数', aliases: ['脱贫劳动力务工', '脱贫人口务工'], type: 'integer', unit: '人', min: 0 } as FieldDef;

describe('another kind of the same noun is no figure of the item', () => {
  it('高龄老人78人 is not the centenarians, and is acknowledged by its words', () => {
    const r = parseReply('高龄老人78人', ctx(open(F.centenarians)));
    expect(summary(r.values)).toEqual([]);
    expect(r.unasked).toEqual([expect.objectContaining({ label: '高龄老人', raw: '78人' })]);
    expect(summary(read('高龄老人78人', F.centenarians).values)).toEqual([]);
  });
  it('高龄老人78人，百岁老人2人，独居老人15人 keeps the two asked and asks nothing about 78', () => {
    const r = read('高龄老人78人，百岁老人2人，独居老人15人', F.centenarians, alone);
    expect(summary(r.values)).toEqual(['centenarians=2@2026-11', 'living_alone_elderly=15@2026-11']);
    expect(r.choices).toEqual([]);
  });
  it('残疾人务工6人 is not the working poor', () => {
    const r = read('外出务工188人，脱贫劳动力务工54人，残疾人务工6人', poorWorking);
    expect(summary(r.values)).toEqual(['poor_working=54@2026-11']);
  });
  it('一级残疾人23人 is not the certified disabled', () => {
    const cert = { key: 'certified_disabled', label: '持证残疾人数', aliases: ['持证残疾人人数'], type: 'integer', unit: '人', min: 0 } as FieldDef;
    expect(summary(read('一级残疾人23人', cert).values)).toEqual([]);
  });
  it('a verb before the noun is no kind: 走访独居老人31人, 发现百岁老人2人, 排查低保户57户', () => {
    expect(summary(read('走访独居老人31人', alone).values)).toEqual(['living_alone_elderly=31@2026-11']);
    expect(summary(read('发现百岁老人2人', F.centenarians).values)).toEqual(['centenarians=2@2026-11']);
    expect(summary(read('排查低保户57户', F.dibaoHouseholds).values)).toEqual(['dibao_households=57@2026-11']);
  });
});
