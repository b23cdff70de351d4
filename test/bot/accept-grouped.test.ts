// Group commit (Bot.acceptGrouped): messages received in the same turn of the event loop are stored in one
// transaction, each answered only once that transaction has committed; one that fails to store fails alone.
import { beforeEach, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/chat/contract.js';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
let transactions: number;
beforeEach(() => {
  h = harness();
  // Nothing is processed: only the storing is under test.
  h.bot.useProcessor({ kick: () => Promise.resolve() });
  transactions = 0;
  h.store.writeGate = { enter: () => void transactions++, leave: () => {} };
});

function message(id: string, text: string, from = 'zt_jz'): InboundMessage {
  return { platform: 'web', id, chat: { kind: 'dm', id: from }, sender: { platformUserId: from }, text, mentionsBot: false, at: h.clock.now() };
}

it('stores the messages of one turn in one commit and answers each only after it', async () => {
  const committedWhenAnswered: boolean[] = [];
  const answers = ['m1', 'm2', 'm3'].map((id, i) => h.bot.acceptGrouped(message(id, `低保户数${120 + i}`)).then((accepted) => {
    committedWhenAnswered.push(!h.store.db.inTransaction);
    return accepted;
  }));
  const accepted = await Promise.all(answers);

  expect(transactions).toBe(1);
  expect(committedWhenAnswered).toEqual([true, true, true]);
  expect(accepted.map((a) => a.duplicate)).toEqual([false, false, false]);
  const lines = accepted.map((a) => h.store.messages.get(a.lineId!)!.text);
  expect(lines).toEqual(['低保户数120', '低保户数121', '低保户数122']);
  expect(h.store.inbox.count('pending')).toBe(3);
});

it('answers a redelivery within the same turn as a duplicate of the first', async () => {
  const [first, again] = await Promise.all([h.bot.acceptGrouped(message('same', '好的')), h.bot.acceptGrouped(message('same', '好的'))]);
  expect(first!.duplicate).toBe(false);
  expect(again!.duplicate).toBe(true);
  expect(again!.lineId).toBe(first!.lineId);
  expect(h.store.inbox.count('pending')).toBe(1);
});

it('fails a message that cannot be stored alone; the others of its turn are stored', async () => {
  const broken = { ...message('bad', 'x'), text: null as unknown as string };
  const outcomes = await Promise.allSettled([
    h.bot.acceptGrouped(message('ok1', '收到')), h.bot.acceptGrouped(broken), h.bot.acceptGrouped(message('ok2', '好的')),
  ]);
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(h.store.inbox.count('pending')).toBe(2);
  expect(h.store.inbox.seqOf('web', 'bad')).toBeUndefined();
});
