// TRAILING_NOISE (items.ts): 低保户数请于收到通知后3日内报送 — what follows 请于 / 请在 says when, never what. With 收到通知后
// left beside the item (only 3日内 is the due day), the fragment held 通知, was no item, and the notice went to the lead as unread.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('an item said before 请于 and a due clause', () => {
  it('收到通知后3日内', () => {
    const r = parse('各镇街：11月低保户数请于收到通知后3日内报送');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline?.toISOString()).toBe('2026-11-23T15:59:59.000Z');
  });
});
