// WAITING_ON_ANSWER: a clerk whose figures are held for a question back (「石桥」是石桥村还是石桥社区？) still owes an
// answer, so the bot never tells them 你负责的数据已全部报齐 in the same breath; once the answer files the figures,
// and nothing else is open, it does.
import { describe, expect, it } from 'vitest';
import { withShortNameTwins } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

const setUp = (): void => withShortNameTwins(bot());

describe('figures held for a question back', () => {
  it('are not called all reported until the answer files them', () => {
    setUp();
    dm('石桥村：低保户数8户，低保人数14人；白沙村9户15人', AT('09:30'));
    const asked = dm('石桥12户、20人', AT('10:00'));
    expect(asked).toContain('「石桥」是石桥村还是石桥社区？');
    expect(asked).not.toContain('已全部报齐');
    expect(asked).toContain('请回复我问你的问题');
    const settled = dm('石桥社区', AT('10:05'));
    expect(settled).toContain('已记录（石桥社区）');
    expect(settled).toContain('已全部报齐');
  });
});
