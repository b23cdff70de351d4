// 请各镇街…报送本辖区内60岁以上失能老人数: 本辖区内 is where, not part of the item (LEADING_NOISE, items.ts); the new item was
// named 内60岁以上失能老人数 and shown so to the staff asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('本辖区内 before an item', () => {
  it('is no part of its name', () => {
    expect(parse('请各镇街于12月10日前报送本辖区内60岁以上失能老人数、半失能老人数。')?.newFields.map((f) => f.label))
      .toEqual(['60岁以上失能老人数', '半失能老人数']);
  });
});
