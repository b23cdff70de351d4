// 留痕: a figure settled by a short answer to the bot's question back is kept with the message that raised the question
// (on the question and in the audit) and the answer (on the pool's value).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-23T${time}:00+08:00`;

describe('a figure settled by an answer to a question back', () => {
  it('keeps both messages', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    bot().send('sll_jz', 'dm', '低保户数120户', { at: AT('10:00') });
    const asked = bot().send('sll_jz', 'dm', '低保人数是186还是196我再核一下', { at: AT('11:00') }).lineId;
    const answer = bot().send('sll_jz', 'dm', '核了，是196', { at: AT('14:00') }).lineId;
    const row = bot().store.db.prepare('SELECT message_id, answer_message_id, status FROM open_questions').get();
    expect(row).toEqual({ message_id: asked, answer_message_id: answer, status: 'answered' });
    expect(bot().store.pool.get('shenglilu', 'dibao_persons', '2026-11')?.messageId).toBe(answer);
    const audit = bot().store.db.prepare(`SELECT detail FROM audit WHERE subject = 'shenglilu/dibao_persons/2026-11' ORDER BY id DESC`).get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ value: 196, message: answer, askedIn: asked });
  });
});
