// LIST_INTRO / INTRO (anatomy.ts, items.ts): 请报送以下数据（截至2026年11月30日）：⏎低保户数、…: a note in brackets before the
// colon still opens the list. The notice was dropped: the intro was not seen and the list lines were read as background.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a list intro with a note in brackets before its colon', () => {
  it('the list on the next line is read, and the note gives the period', () => {
    const r = parse(['各镇街：', '为做好年终统计，请报送以下数据（截至2026年11月30日）：', '低保户数（户）、低保人数（人）、特困供养人数（人）', '请于12月4日17:00前通过系统报送。'].join('\n'));
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
    expect(r?.period).toBe('2026-11-30');
  });
});
