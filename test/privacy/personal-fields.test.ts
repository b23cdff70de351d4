// Dictionary fields marked personal: the mark is kept in the field store (migration 15) and read back as it was set.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPersonalField } from '../../src/domain/personal.js';
import { fieldSchema } from '../../src/replay/schema.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  tmp = tempDir();
  store = Store.open(join(tmp.dir, 'bot.db'));
});
afterEach(() => {
  store.close();
  tmp.remove();
});

describe('personal fields in the dictionary', () => {
  it('keeps an explicit mark, either way, and leaves an unmarked field to its name', () => {
    store.fields.load({
      fields: [
        { key: 'visit_notes', label: '走访记录', aliases: [], type: 'text', personal: true },
        { key: 'duty_phone', label: '值班电话', aliases: [], type: 'text', personal: false },
        { key: 'resident_id', label: '居民身份证号', aliases: [], type: 'text' },
      ],
    }, 'admin');
    store.fields.invalidate();
    const byKey = (k: string) => store.fields.get(k)!;
    expect(byKey('visit_notes').personal).toBe(true);
    expect(byKey('duty_phone').personal).toBe(false);
    expect(byKey('resident_id').personal).toBeUndefined();
    expect(['visit_notes', 'duty_phone', 'resident_id'].map((k) => isPersonalField(byKey(k)))).toEqual([true, false, true]);
  });

  it('accepts the mark in a roster or scenario dictionary and refuses anything but true or false', () => {
    expect(fieldSchema.safeParse({ key: 'a', label: '住址', type: 'text', personal: true }).success).toBe(true);
    expect(fieldSchema.safeParse({ key: 'a', label: '住址', type: 'text', personal: 'yes' }).success).toBe(false);
  });
});
