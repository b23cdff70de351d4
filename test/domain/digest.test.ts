import { describe, expect, it } from 'vitest';
import { renderDigest, type DigestData } from '../../src/domain/digest.js';

const empty: DigestData = {
  date: '11月23日', requestsToday: [], collections: [], poolAnsweredToday: 0, asksAvoidedToday: 0, asksAvoidedTotal: 0,
  minutesPerAsk: 15, failedDeliveries: 0,
};

describe('renderDigest', () => {
  it('says in one line that nothing happened', () => {
    const d = renderDigest(empty);
    expect(d.empty).toBe(true);
    expect(d.text).toBe('【每日汇总】11月23日：今天没有新的报数需求，也没有进行中的汇总。');
  });

  it('lists new requests, open and overdue collections, tomorrow\'s deadlines and the burden saved', () => {
    const d = renderDigest({
      ...empty,
      requestsToday: [{ id: 1, department: '民政局', title: '低保数据', collection: 1, merged: false }, { id: 2, department: '医保局', title: '低保人数', collection: 1, merged: true }],
      collections: [
        { id: 1, title: '低保户数、低保人数', departments: ['民政局', '医保局'], period: '2026年11月', deadline: '11月24日（周二）', unitsDone: 4, unitsTotal: 6,
          missing: [{ unit: '松溉镇', member: '邓芳' }, { unit: '来苏镇', member: null }], dueTomorrow: true, overdue: false },
        { id: 3, title: '临时救助人次', departments: ['民政局'], period: '2026年10月', deadline: '11月23日（周一）', unitsDone: 5, unitsTotal: 6,
          missing: [{ unit: '中山路街道', member: '何丽' }], dueTomorrow: false, overdue: true },
      ],
      poolAnsweredToday: 2, asksAvoidedToday: 3, asksAvoidedTotal: 8,
    });
    expect(d.empty).toBe(false);
    expect(d.text).toContain('今日新需求 2 条（1 条与已有汇总合并');
    expect(d.text).toContain('c1 低保户数、低保人数（民政局、医保局，2026年11月）：4/6 个单位已报齐，未齐：松溉镇、来苏镇');
    expect(d.text).toContain('■ 明天截止\n· c1 低保户数、低保人数：还差 2 个单位');
    expect(d.text).toContain('c3 临时救助人次（截止11月23日（周一））：中山路街道（何丽）');
    expect(d.text).toContain('累计 8 项，约为基层节省 2 小时');
  });
});
