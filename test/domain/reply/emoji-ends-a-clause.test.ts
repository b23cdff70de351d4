// An emoji ends what was said before it, as a full stop would: the state a sentence ends on is still read when a
// pictograph follows it (全部整改完成了🎉), and a reply of emoji alone is an acknowledgement.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { normalizeReply } from '../../../src/domain/reply/normalize.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('emoji in a reply', () => {
  it('a state said before an emoji is read', () => {
    const c = ctx(open(F.rectify));
    expect(summary(parseReply('消防隐患全部整改完成了🎉', c).values)).toEqual(['fire_rectify_status="已完成"@2026-11']);
  });

  it('keeps every index: one character for one code unit', () => {
    for (const t of ['完成了🎉', '好的👍🏻', '✅️已完成']) expect(normalizeReply(t)).toHaveLength(t.length);
    expect(normalizeReply('完成了🎉')).toBe('完成了。 ');
  });

  it('emoji alone are an acknowledgement', () => {
    const r = parseReply('🎉🎉', ctx(open(F.dibaoHouseholds)));
    expect(r.ack).toBe(true);
    expect(r.values).toEqual([]);
  });
});
