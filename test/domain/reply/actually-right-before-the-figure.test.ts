// 实际 right before a figure (…8.2吨是估的 实际8260公斤) says the figure is the true one and names no item, as 实际是 and
// 实际上 do: the figure keeps the label and period said before it. It was read as a label naming nothing, so the estimate
// taken back stayed in the store.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const dry: FieldDef = { key: 'dry_tea', label: '干茶产量', aliases: [], type: 'number', unit: '公斤', min: 0 };

describe('实际 right before the figure', () => {
  const c = ctx(open(dry, '2026-03', true), open(dry, '2026-04', true));

  it('takes back the estimate said before it, for the period said', () => {
    for (const t of ['石佛3月干茶8.2吨是估的 实际8260公斤', '3月干茶8.2吨是估的，实际8260公斤', '3月干茶实际8260公斤']) {
      expect(summary(parseReply(t, c).values)).toEqual(['dry_tea=8260@2026-03']);
    }
  });

  it('with no period said, is still asked for which period', () => {
    const r = parseReply('实际8260公斤', c);
    expect(summary(r.values)).toEqual([]);
    expect(r.choices.map((x) => x.raw)).toEqual(['8260公斤']);
  });
});
