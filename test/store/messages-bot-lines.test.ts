// The replay's output lists the bot's lines and picks its digests by card type without parsing every card back:
// the lines, their order and each card's type are those of the full read.
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

describe('botLines', () => {
  const store = Store.open(':memory:');
  const add = (at: string, sender: string, card: unknown) => store.messages.add({
    at: new Date(at), chat: { kind: 'channel' }, sender, text: `${sender} ${at}`, card: card as never, replyTo: null, inboxSeq: null,
  });
  add('2026-11-20T03:00:00.000Z', 'bot', { type: 'digest', rows: [] });
  add('2026-11-20T01:00:00.000Z', 'bot', null);
  add('2026-11-20T02:00:00.000Z', 'm1', null);
  add('2026-11-20T01:00:00.000Z', 'bot', { type: 'form', fields: [{ key: 'a' }] });

  it('gives what fromBot gives, with the card type only', () => {
    expect(store.messages.botLines()).toEqual(store.messages.fromBot().map((m) => ({ at: m.at, chat: m.chat, text: m.text, cardType: m.card?.type ?? null })));
    expect(store.messages.botLines().map((m) => m.cardType)).toEqual([null, 'form', 'digest']);
  });
});
