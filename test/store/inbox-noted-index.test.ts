// Messages noted on their inbox row (EARLY_FIGURES: figures sent before anything was asked) are found through an index of
// the noted rows (inbox_noted, migration 24), not by reading every conversation line of the last day: every plan asks,
// and a day holds thousands of the bot's own lines. Same answer: the noted messages of members whose line is no older
// than the given time, oldest line first; another note, a stranger's message or an older line is left out.
import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/chat/contract.js';
import { Store } from '../../src/store/store.js';

const NOTE = 'early figures: nothing was asked of the unit yet';
const base = Date.parse('2026-11-23T00:00:00Z');
const time = (hours: number) => new Date(base + hours * 3_600_000);

function message(id: string, text: string, at: Date): InboundMessage {
  return { platform: 'web', id, chat: { kind: 'dm', id: 'dm' }, sender: { platformUserId: 'p1' }, text, at } as InboundMessage;
}

describe('noted messages since a time', () => {
  it('reads the noted rows through their index and answers as before', () => {
    const store = Store.open(':memory:');
    const line = (seq: number | null, at: Date, sender = 'm1') =>
      store.messages.add({ at, chat: { kind: 'dm', memberId: sender === 'bot' ? 'm1' : sender }, sender, text: 'x', card: null, replyTo: null, inboxSeq: seq });
    const inbound = (n: number, at: Date, memberId: string | null, note: string | null) => {
      const seq = store.inbox.add(message(`w${n}`, `低保户数${n}户`, at), at)!;
      store.inbox.mark(seq, 'done', memberId, at, note);
      return { seq, line: line(seq, at, memberId ?? 'm1') };
    };
    const old = inbound(1, time(0), 'm1', NOTE); // its line is older than the day asked for
    const a = inbound(2, time(30), 'm2', NOTE);
    inbound(3, time(31), 'm1', 'offline replay: stored, not acted on');
    inbound(4, time(32), null, NOTE); // no member
    const b = inbound(5, time(33), 'm1', null);
    store.inbox.note(b.seq, NOTE); // noted after it was handled
    for (let i = 0; i < 50; i++) line(null, time(30 + i / 10), 'bot');
    const c = inbound(6, time(40), 'm3', `${NOTE}; read again for c1`);
    expect(c.seq).toBeGreaterThan(0);

    const noted = store.inbox.notedSince(NOTE, time(24));
    expect(noted.map((n) => [n.seq, n.memberId, n.lineId, n.at.toISOString(), n.text])).toEqual([
      [a.seq, 'm2', a.line, time(30).toISOString(), '低保户数2户'],
      [b.seq, 'm1', b.line, time(33).toISOString(), '低保户数5户'],
    ]);
    expect(store.inbox.notedSince(NOTE, time(-1)).map((n) => n.seq)).toEqual([old.seq, a.seq, b.seq]);

    const sql = (store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'inbox_noted'").get() as { sql: string } | undefined)?.sql;
    expect(sql).toMatch(/WHERE error IS NOT NULL/);
    store.close();
  });

  it('walks the noted rows, not the day of lines', () => {
    const store = Store.open(':memory:');
    const prepared: string[] = [];
    const prepare = store.db.prepare.bind(store.db);
    store.db.prepare = ((sql: string) => { prepared.push(sql); return prepare(sql); }) as typeof store.db.prepare;
    store.inbox.notedSince(NOTE, time(0));
    store.db.prepare = prepare;
    expect(prepared).toHaveLength(1);
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${prepared[0]}`).all(...(prepared[0]!.includes('@note') ? [{ note: NOTE, since: time(0).toISOString() }] : [time(0).toISOString(), NOTE])) as
      Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/inbox_noted/);
    expect(plan).not.toMatch(/messages_at/);
    store.close();
  });
});
