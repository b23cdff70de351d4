// STILL_DUE and ALSO_WANTED at the bot: 截止时间不变，仍为11月26日 / 特困供养人数也要 / 临时救助的也要 went unanswered and changed
// nothing. Now the restated due day is confirmed (or corrected), the item is added, and an item the dictionary holds only
// as part of several fields is asked about, with nothing changed.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, channel } = useConversation({ day: '2026-11-23' });

describe('a lead restates or adds to the latest request', () => {
  it('截止时间不变，仍为11月26日 is confirmed and nothing changes', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    expect(channel('lead_mz', '截止时间不变，仍为11月26日', AT('09:10'))).toBe('r1 的截止时间仍为 11月26日（周四），没有改动。');
    expect(bot().store.requests.get(1)!.deadline!.toISOString()).toBe('2026-11-26T15:59:59.000Z');
  });

  it('a restated day other than the one registered corrects it', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    expect(channel('lead_mz', '截止时间仍为11月27日', AT('09:10'))).toContain('改为 11月27日');
    expect(bot().store.requests.get(1)!.deadline!.toISOString()).toBe('2026-11-27T15:59:59.000Z');
  });

  it('特困供养人数也要 adds the item to the request', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    expect(channel('lead_mz', '特困供养人数也要', AT('09:10'))).toContain('已在 r1 加上：特困供养人数');
    expect(bot().store.requests.get(1)!.fields).toContain('tekun_persons');
  });

  it('临时救助的也要 asks which item, and changes nothing', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    const said = channel('lead_mz', '临时救助的也要', AT('09:10'));
    expect(said).toContain('要加的是临时救助人次、临时救助金额中的哪一项');
    expect(bot().store.requests.get(1)!.fields).toEqual(['dibao_households', 'dibao_persons']);
  });
});
