// 隐患还有3处没改完 / 还有2件在做工作: some of it left undone says no to the one question of whether all of it is done
// (隐患是否全部整改到位, 是否全部调解成功); the figure of the rest is no item's figure. Said done, it says nothing.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

const allFixed = { key: 'gs_done', label: '隐患是否全部整改到位', aliases: ['是否整改到位', '整改到位'], type: 'boolean' } as FieldDef;

describe('the rest left undone', () => {
  it('还有3处没改完 is no to 隐患是否全部整改到位', () => {
    const r = parseReply('隐患还有3处没改完', ctx(open(G.hazards), open(allFixed)));
    expect(summary(r.values)).toEqual(['gs_done=false@2026-11']);
  });

  it('还有2件在做工作 is no to 是否全部调解成功', () => {
    const r = parseReply('调解成功10件，还有2件在做工作', ctx(open(G.disputes), open(G.mediated), open(G.allMediated)));
    expect(summary(r.values)).toEqual(['md_all_done=false@2026-11', 'md_solved=10@2026-11']);
  });

  it('还有2件也调解好了 says no such thing', () => {
    const r = parseReply('还有2件也调解好了', ctx(open(G.mediated, '2026-11', true), open(G.allMediated)));
    expect(r.values.filter((v) => v.field === 'md_all_done')).toEqual([]);
  });

  it('整改没到位 is no too (the marker inside the predicate)', () => {
    const r = parseReply('整改没到位', ctx(open(G.hazards), open(allFixed)));
    expect(summary(r.values)).toEqual(['gs_done=false@2026-11']);
  });
});
