// "Nothing changed" with the two periods named either way round, or with what of them is meant (上月的数跟这个月一样,
// 这个月和上个月一样, 跟上个月的数一样, 还是上月的数, 同上月，没变化): last month's figures are confirmed for this
// month, as for 同上月 (SAME_AS_BEFORE_EITHER_WAY, domain/prefill.ts). Before, each got 这条消息里没有找到需要你报送的数据.
// A question or a denial (跟上月一样吗 / 上个月的跟这个月不一样) confirms nothing.
import { describe, expect, it } from 'vitest';
import { mayBeUnchanged, readUnchanged } from '../../src/domain/prefill.js';
import { useHarnessWithLastMonth } from '../support/harness.js';

const harness = useHarnessWithLastMonth();
const LABELS = new Map([['低保户数', 'dibao_households'], ['低保人数', 'dibao_persons']]);

describe('nothing changed, said either way round', () => {
  it.each(['上月的数跟这个月一样', '这个月和上个月一样', '跟上个月的数一样', '还是上月的数', '同上月，没变化'])('%s confirms last month\'s figure', (text) => {
    const said = harness().send('zt_jz', 'dm', text, { at: '2026-11-24T10:00:00+08:00' }).out.at(-1)!.text;
    expect(said).toContain('低保户数（2026年11月）：120户（与2026年10月相同）');
    expect(harness().store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(120);
  });

  it('reads the item named first, and never a question or a denial', () => {
    expect(readUnchanged('低保户数跟上个月的一样', LABELS)).toEqual({ keys: ['dibao_households'] });
    for (const text of ['跟上月一样吗', '上个月的跟这个月不一样', '上月的数据是多少？', '还是上月的数吗']) {
      expect(readUnchanged(text, LABELS), text).toBeNull();
      expect(mayBeUnchanged(text), text).toBe(false);
    }
  });
});
