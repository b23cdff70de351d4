// SCOPE_OF_AN_ITEM: 补充一下：低保人数不含分散供养特困人员 — what follows 不含 / 包括 says what an item counts. It was read as
// adding 特困供养人数 to the request (every unit asked for it); only the items before the scope word are added.
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');
const added = (text: string) => parseRequestEdits(text, ctx).flatMap((e) => (e.kind === 'addFields' ? e.fields : [e.kind]));

describe('an added item with a note on what it counts', () => {
  it('adds no item named in the note', () => {
    expect(added('补充一下：低保人数不含分散供养特困人员')).toEqual(['dibao_persons']);
  });

  it('adds the item before the note', () => {
    expect(added('补充：增加特困供养人数（不含分散供养）')).toEqual(['tekun_persons']);
  });
});
