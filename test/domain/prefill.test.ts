import { describe, expect, it } from 'vitest';
import { periodBefore, periodShape, previousWord, readUnchanged } from '../../src/domain/prefill.js';

const LABELS = new Map([['低保户数', 'dibao_households'], ['低保户', 'dibao_households'], ['低保人数', 'dibao_persons']]);

describe('the period before', () => {
  it('steps back one period of the same kind, across a year', () => {
    expect(periodBefore('2026-11')).toBe('2026-10');
    expect(periodBefore('2026-01')).toBe('2025-12');
    expect(periodBefore('2026-Q1')).toBe('2025-Q4');
    expect(periodBefore('2026-H2')).toBe('2026-H1');
    expect(periodBefore('2026')).toBe('2025');
    expect(periodBefore('2026-11-30')).toBeNull();
    expect(periodShape('2026-11')).toBe(periodShape('2025-03'));
    expect(periodShape('2026-11')).not.toBe(periodShape('2026-Q4'));
  });

  it('names it 上月 / 上季度 / 上年 only when it is the one just before', () => {
    expect(previousWord('2026-11', '2026-10')).toBe('上月');
    expect(previousWord('2026-Q1', '2025-Q4')).toBe('上季度');
    expect(previousWord('2026', '2025')).toBe('上年');
    expect(previousWord('2026-11', '2026-08')).toBeNull();
  });
});

describe('a reply that says nothing changed', () => {
  it('covers every item when it names none', () => {
    for (const text of ['无变化', '没变', '同上月', '与上月相同', '和上期一样。', ' 都没变化 ', '数据无变动', '跟上月一致']) {
      expect(readUnchanged(text, LABELS), text).toEqual({ keys: null });
    }
  });

  it('covers only the items it names first', () => {
    expect(readUnchanged('低保户数无变化', LABELS)).toEqual({ keys: ['dibao_households'] });
    expect(readUnchanged('低保户和低保人数同上月', LABELS)).toEqual({ keys: ['dibao_households', 'dibao_persons'] });
  });

  it('is not any other reply, even one that mentions a change', () => {
    for (const text of ['低保户数120', '有变化', '低保户数变了，是125', '上月的数据是多少？', '特困人数无变化', '收到', '无变化的话要报吗，低保户数有几户新增']) {
      expect(readUnchanged(text, LABELS), text).toBeNull();
    }
  });
});
