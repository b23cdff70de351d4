// VILLAGES_STILL_OPEN: a town clerk with no asks of its own left, whose villages still owe figures, is told what they
// still owe (下属村、社区还差：· 白沙村 …), in the reply and in the to-do; never 你负责的数据已全部报齐 while they wait.
// Once every village has reported, 已全部报齐 is true again and said.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs } = useConversation({ day: '2026-11-24' });

describe('a town clerk whose villages are still open', () => {
  it('hears what they still owe, not 已全部报齐, in the reply and the to-do', () => {
    withVillages(bot());
    const reply = dmAs('zt_jz', '石桥村低保户数12户，低保人数20人', AT('10:00'));
    expect(reply).toContain('已记录（石桥村）');
    expect(reply).not.toContain('已全部报齐');
    expect(reply).toMatch(/下属村、社区还差：\n· 白沙村 2026年11月：低保户数、低保人数（截止/);
    expect(reply).not.toContain('· 石桥村');
    const todo = dmAs('zt_jz', '我的任务', AT('10:01'));
    expect(todo).toContain('· 白沙村 2026年11月：低保户数、低保人数');
    expect(todo).not.toContain('没有待报');
    // once 白沙村 has reported too, nothing is left: all reported is true again
    dmAs('bs_ww', '低保户数15户，低保人数30人', AT('10:30'));
    expect(dmAs('zt_jz', '我的任务', AT('10:31'))).toBe('你目前没有待报的数据。');
  });
});
