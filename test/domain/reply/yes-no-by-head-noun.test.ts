// 无疫情 / 没得疫情 for 是否发生非洲猪瘟疫情: none of the noun that ends the question is a no, when those words name no
// other item.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const asf: FieldDef = { key: 'asf', label: '是否发生非洲猪瘟疫情', aliases: ['非洲猪瘟疫情', '非洲猪瘟'], type: 'boolean' };
const pigs: FieldDef = { key: 'pigs', label: '生猪存栏数', aliases: ['生猪存栏'], type: 'integer', unit: '头', min: 0 };
const values = (t: string) => summary(parseReply(t, ctx(open(asf), open(pigs))).values);

describe('a no said of the question\'s head noun', () => {
  it.each(['无疫情', '没得疫情'])('%s', (t) => {
    expect(values(t)).toEqual(['asf=false@2026-11']);
  });

  it('after the figures of a voice run', () => {
    expect(values('生猪存栏6,350头 无疫情')).toEqual(['asf=false@2026-11', 'pigs=6350@2026-11']);
  });

  it('not when the words name a count too', () => {
    expect(summary(parseReply('无隐患', ctx(open(F.food), open({ key: 'risk', label: '是否存在安全隐患', aliases: [], type: 'boolean' }))).values))
      .not.toContain('risk=false@2026-11');
  });
});
