// COUNTED_NOUN_AFTER_A_VERB (read-clause.ts): 发现一处隐患当场就整改了换了两个报警器 — the figure's own verb (换了) names no item
// and the noun right after its measure word spells one out (报警器): that noun is what it counts. The item named earlier in
// the words (整改) took it: 已整改 2 was stored, a wrong figure. A verb that names an item keeps it (整改了两处燃气隐患).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const c = ctx(open(int('found', '发现燃气隐患', ['发现隐患', '燃气隐患'], '处')), open(int('fixed', '已整改隐患', ['已整改', '整改隐患'], '处')),
  open(int('alarm', '更换燃气报警器', ['更换报警器', '报警器'], '个')));

describe('the noun after a figure said with a verb of its own', () => {
  it('names what the figure counts', () => {
    expect(summary(parseReply('发现一处隐患当场就整改了换了两个报警器', c).values)).toEqual(['alarm=2@2026-11', 'found=1@2026-11']);
    expect(summary(parseReply('隐患1处已整改 换了2个报警器', c).values)).toEqual(['alarm=2@2026-11', 'found=1@2026-11']);
  });

  it('not when the verb names an item', () => {
    expect(summary(parseReply('发现隐患3处，整改了两处燃气隐患', c).values)).toEqual(['fixed=2@2026-11', 'found=3@2026-11']);
  });
});
