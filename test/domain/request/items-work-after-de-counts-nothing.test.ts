// 做好花卉产销情况、主要花卉产销情况等数据的汇总和整理: after 的, the work done with the items (汇总, 整理, 收集) is no head
// that counts something else; the items before it are still read (see items-head-after-de-says-what-is-counted).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'sales', label: '花卉产销情况', aliases: [], type: 'text' },
  { key: 'main_sales', label: '主要花卉产销情况', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-20T09:00:00+08:00'), fields });

describe('the work after 的', () => {
  it('leaves the last item of the list before it', () => {
    const r = parse('各镇街：请做好2026年花卉产销情况、主要花卉产销情况等数据的汇总和整理，于2027年1月20日前完成网络填报。');
    expect(r?.fields).toEqual(['sales', 'main_sales']);
  });
});
