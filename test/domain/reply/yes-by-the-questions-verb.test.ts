// 设了临时接种点 / 临时接种点 设了的 for 是否设立临时接种点: the verb right after 是否 (or its first character), then 了.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const site: FieldDef = { key: 'site', label: '是否设立临时接种点', aliases: ['临时接种点'], type: 'boolean' };
const pneu: FieldDef = { key: 'pneu', label: '肺炎疫苗接种人数', aliases: ['肺炎疫苗'], type: 'integer', unit: '人', min: 0 };

describe('the question\'s own verb said done', () => {
  it.each(['设了临时接种点', '临时接种点 设了的', '肺炎疫苗96人，设立了临时接种点'])('%s', (t) => {
    expect(summary(parseReply(t, ctx(open(site), open(pneu))).values)).toContain('site=true@2026-11');
  });
});
