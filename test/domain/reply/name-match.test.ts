// How much of a field's name a phrase mentions (similarity.ts nameMatch): the figures the parser ranks fields by,
// pinned so that a faster matcher gives exactly what the character-by-character one gave.
import { describe, expect, it } from 'vitest';
import { nameMatch } from '../../../src/domain/reply/similarity.js';

describe('nameMatch', () => {
  it('scores shared runs, generic characters at less weight, and ranks what the name lacks lower', () => {
    expect(nameMatch('九小场所', '九小场所数量')).toEqual({ sim: 4, rank: 4, complete: true, extra: 0 });
    const within = nameMatch('九小场所', '已检查九小场所数');
    expect(within.sim).toBe(4);
    expect(within.rank).toBeCloseTo(3.7, 12);
    expect(within.complete).toBe(false);
    expect(nameMatch('低保户数', '低保户数')).toEqual({ sim: 2.6, rank: 2.6, complete: true, extra: 0 });
    expect(nameMatch('特困供养3户', '特困供养人数')).toEqual({ sim: 4, rank: 4, complete: true, extra: 0 });
  });

  it('counts a lone shared character only when it is distinctive, and the phrase characters left unmatched', () => {
    const checked = nameMatch('查了', '已检查场所数');
    expect(checked.sim).toBeCloseTo(0.6, 12);
    expect(checked.extra).toBe(0);
    const other = nameMatch('占道经营', '消防通道堵塞处数');
    expect(other.sim).toBeCloseTo(0.6, 12);
    expect(other.extra).toBe(3);
    expect(nameMatch('人次', '临时救助人次').sim).toBe(0);
    expect(nameMatch('今天天气好', '低保户数')).toEqual({ sim: 0, rank: 0, complete: false, extra: Infinity });
  });

  it('reads only the last 24 characters of a long phrase, and takes each character once', () => {
    expect(nameMatch(`低保户数${'今天天气好'.repeat(5)}`, '低保户数').sim).toBe(0);
    expect(nameMatch('低保低保', '低保户数低保').sim).toBe(4);
    expect(nameMatch('𠀀低保', '低保户数').extra).toBe(0);
  });
});
