// Promise: the processing worker commits a backlog's messages together, each in its own savepoint: one write turn for
// the group, ended at a message boundary when the server thread wants to write or the group's time is up; a message
// that must run alone is rolled back by itself and the ones before it commit.
import { afterEach, describe, expect, it } from 'vitest';
import { processGroup, type GroupOptions } from '../../src/runtime/message-groups.js';
import { Store } from '../../src/store/store.js';

class MustRunAlone extends Error {}

function setup() {
  const store = Store.open(':memory:');
  store.db.exec('CREATE TABLE effects (seq INTEGER NOT NULL)');
  const turns: string[] = [];
  store.writeGate = { enter: () => void turns.push('enter'), leave: () => void turns.push('leave') };
  const effects = (): number[] => (store.db.prepare('SELECT seq FROM effects ORDER BY seq').all() as Array<{ seq: number }>).map((r) => r.seq);
  const write = (seq: number): void => void store.db.prepare('INSERT INTO effects (seq) VALUES (?)').run(seq);
  const options = (over: Partial<GroupOptions> = {}): GroupOptions => ({
    until: Number.POSITIVE_INFINITY, yieldNow: () => false, stops: (e) => e instanceof MustRunAlone, ...over,
  });
  return { store, turns, effects, write, options };
}

describe('a backlog processed in groups', () => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('commits consecutive messages in one transaction, taking the write turn once', () => {
    const s = setup();
    store = s.store;
    const result = processGroup(s.store, [1, 2, 3], s.write, s.options());
    expect(result).toEqual({ done: 3, stoppedBy: null });
    expect(s.effects()).toEqual([1, 2, 3]);
    expect(s.turns).toEqual(['enter', 'leave']);
  });

  it('ends the group at the next message once the server thread wants to write', () => {
    const s = setup();
    store = s.store;
    let wanted = false;
    const result = processGroup(s.store, [1, 2, 3], (seq) => {
      s.write(seq);
      wanted = true;
    }, s.options({ yieldNow: () => wanted }));
    expect(result).toEqual({ done: 1, stoppedBy: null });
    expect(s.effects()).toEqual([1]);
  });

  it('runs at least one message when its time is already up, and no more', () => {
    const s = setup();
    store = s.store;
    expect(processGroup(s.store, [1, 2], s.write, s.options({ until: 0 }))).toEqual({ done: 1, stoppedBy: null });
    expect(s.effects()).toEqual([1]);
  });

  it('rolls back only the message that must run alone, and commits the ones before it', () => {
    const s = setup();
    store = s.store;
    const undone: number[] = [];
    const stop = new MustRunAlone();
    const result = processGroup(s.store, [1, 2, 3], (seq) => {
      s.write(seq);
      if (seq === 2) throw stop;
    }, s.options({ begin: (seq) => () => void undone.push(seq) }));
    expect(result).toEqual({ done: 1, stoppedBy: stop });
    expect(s.effects()).toEqual([1]);
    expect(undone).toEqual([2]);
  });

  it('rolls the whole group back on any other error', () => {
    const s = setup();
    store = s.store;
    expect(() => processGroup(s.store, [1, 2], (seq) => {
      s.write(seq);
      if (seq === 2) throw new Error('disk full');
    }, s.options())).toThrow('disk full');
    expect(s.effects()).toEqual([]);
  });
});
