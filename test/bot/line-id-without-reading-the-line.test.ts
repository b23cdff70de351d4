// LINE_ID_FROM_THE_INDEX: a stored message's acknowledgement carries the id of its conversation line, and processing
// links the bot's answers to it; neither reads the line itself back (its text and card, with the card parsed): a message
// stored now hands its line's id on, a redelivery's and a processed message's are read from the messages_inbox index
// alone (docs/performance.md, phase 33). Same ids as the lines stored.
import { beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/chat/contract.js';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
let lineReads: number;
beforeEach(() => {
  h = harness();
  const messages = h.store.messages;
  const byInbox = messages.byInbox.bind(messages);
  lineReads = 0;
  messages.byInbox = (seq) => {
    lineReads++;
    return byInbox(seq);
  };
});

function message(id: string, text: string, from = 'zt_jz'): InboundMessage {
  return { platform: 'web', id, chat: { kind: 'dm', id: from }, sender: { platformUserId: from }, text, mentionsBot: false, at: h.clock.now() };
}

/** The line stored for a message, read as a whole (after the counting). */
function lineText(lineId: number | undefined): string | undefined {
  return lineId === undefined ? undefined : h.store.messages.get(lineId)?.text;
}

describe('the line of a stored message', () => {
  it('is answered to the adapter without reading the line back, stored now or redelivered', async () => {
    h.bot.useProcessor({ kick: () => Promise.resolve() });
    const now = h.bot.accept(message('a1', '低保户数120'));
    const grouped = await Promise.all([h.bot.acceptGrouped(message('g1', '低保人数230')), h.bot.acceptGrouped(message('g2', '收到'))]);
    const archived = h.bot.archive(message('o1', '好的'));
    const again = h.bot.accept(message('a1', '低保户数120'));
    const reads = lineReads;

    expect(reads).toBe(0);
    expect([now, ...grouped, archived].map((a) => a.duplicate)).toEqual([false, false, false, false]);
    expect([now, ...grouped, archived].map((a) => lineText(a.lineId))).toEqual(['低保户数120', '低保人数230', '收到', '好的']);
    expect(again).toEqual({ duplicate: true, lineId: now.lineId });
  });

  it('is what the answers of a processed message reply to, found without reading it back', () => {
    const sent = h.send('zt_jz', 'dm', '帮助');
    const reads = lineReads;

    expect(reads).toBe(0);
    expect(sent.out.length).toBeGreaterThan(0);
    expect(sent.out.every((line) => line.replyTo === sent.lineId)).toBe(true);
    expect(lineText(sent.lineId)).toBe('帮助');
  });

  it('is read from the index of inbox rows alone', () => {
    const plan = h.store.db.prepare('EXPLAIN QUERY PLAN SELECT id FROM messages WHERE inbox_seq = ?').all(1) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX messages_inbox/);
    const seq = h.bot.ingest(message('i1', '好'))!;
    expect(lineText(h.store.messages.lineIdOf(seq))).toBe('好');
    expect(h.store.messages.lineIdOf(seq + 1)).toBeUndefined();
  });
});
