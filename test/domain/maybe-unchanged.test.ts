// mayBeUnchanged decides, before any item's names or last figure are looked up, that a reply cannot be 'nothing
// changed': it must never turn away a reply readUnchanged would accept.
import { describe, expect, it } from 'vitest';
import { mayBeUnchanged, readUnchanged } from '../../src/domain/prefill.js';

const LABELS = new Map([['低保户数', 'dibao_households'], ['低保户', 'dibao_households'], ['低保人数', 'dibao_persons']]);

describe('a reply that may say nothing changed', () => {
  it('is every reply readUnchanged accepts, named items or not', () => {
    for (const text of ['无变化', '没变', '同上月', '与上月相同', '和上期一样。', ' 都没变化 ', '数据无变动', '跟上月一致', '低保户数无变化', '低保户和低保人数同上月', '照旧了']) {
      expect(readUnchanged(text, LABELS), text).not.toBeNull();
      expect(mayBeUnchanged(text), text).toBe(true);
    }
  });

  it('is not a reply of figures, a question or an acknowledgement', () => {
    for (const text of ['低保户数120', '低保户数变了，是125', '上月的数据是多少？', '收到', '无变化的话要报吗，低保户数有几户新增']) {
      expect(mayBeUnchanged(text), text).toBe(false);
    }
  });
});
