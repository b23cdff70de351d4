// A write that changes a kept answer through a trigger (the statement names another table) still drops it: the
// watch reads which tables each table's triggers write from the schema.
import { expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

it('drops a kept collection when a trigger on another table updates it', () => {
  const store = Store.open(':memory:');
  const at = new Date('2026-11-23T02:00:00Z');
  const id = store.collections.create({ period: '2026-11', deadline: at, closesAt: at, createdAt: at });
  store.db.exec(`CREATE TABLE side (collection_id INTEGER);
    CREATE TRIGGER side_closes AFTER INSERT ON side BEGIN UPDATE collections SET status = 'closed' WHERE id = new.collection_id; END;`);
  store.transaction(() => {
    expect(store.collections.get(id)?.status).toBe('open');
    store.db.prepare('INSERT INTO side (collection_id) VALUES (?)').run(id);
    expect(store.collections.get(id)?.status).toBe('closed');
  });
});
