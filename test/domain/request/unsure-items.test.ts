// An item close to two fields (救助金额: 临时 or 医疗?) is not guessed: it carries the choices for the lead to pick.
import { describe, expect, it } from 'vitest';
import { parseRequestEdit } from '../../../src/domain/request/edit.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('unsure items', () => {
  it('offers both fields an item is equally close to, and maps neither', () => {
    const r = parse('请各镇街11月30日前报送本月救助金额');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields).toEqual([{ label: '救助金额', type: 'number', choices: expect.arrayContaining(['medical_aid_amount', 'temp_aid_amount']) }]);
  });

  it('an item like no field is a new item with nothing to pick', () => {
    expect(parse('请各镇街11月30日前报送本月秸秆焚烧起数')?.newFields).toEqual([{ label: '秸秆焚烧起数', type: 'integer' }]);
  });

  it('reads the lead\'s pick: 是第2个 / 选1 / 第三个 / 都不是', () => {
    const ctx = ctxAt(AT);
    expect(parseRequestEdit('是第2个', ctx)).toEqual({ kind: 'choose', choice: 2 });
    expect(parseRequestEdit('选1', ctx)).toEqual({ kind: 'choose', choice: 1 });
    expect(parseRequestEdit('第三个', ctx)).toEqual({ kind: 'choose', choice: 3 });
    expect(parseRequestEdit('都不是', ctx)).toEqual({ kind: 'choose', choice: null });
    expect(parseRequestEdit('2', ctx)).toBeNull();
  });
});
