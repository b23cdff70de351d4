// …补种的12人，共532人: 共 opening a clause gives the sum of what the sentence said before it, which replaces the part.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const flu: FieldDef = { key: 'flu', label: '老年人流感疫苗接种人数', aliases: ['流感疫苗接种人数', '流感接种'], type: 'integer', unit: '人', min: 0 };
const c = ctx(open(flu, '2026-11', true));

describe('共 opening a clause', () => {
  it('the sum said after the part added is the figure', () => {
    expect(summary(parseReply('流感接种还要加上周补种的12人，共532人', c).values)).toEqual(['flu=532@2026-11']);
  });
});
