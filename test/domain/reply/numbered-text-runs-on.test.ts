// A text value that lists numbered points runs on past a ；when the next sentence opens with the next number of the
// same list (1.消防器材过期 2.疏散通道堆物；3、员工未开展安全培训), and stops there otherwise.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open } from './fixtures.js';

const MAIN: FieldDef = { key: 'sc_main', label: '主要隐患', aliases: ['主要问题'], type: 'text' };
const COUNT: FieldDef = { key: 'firms', label: '检查企业数', aliases: ['检查企业'], type: 'integer', unit: '家', min: 0 };

describe('a numbered text value', () => {
  it('runs on to the next number after a ；', () => {
    const r = parseReply('主要隐患：1.消防器材过期 2.疏散通道堆物；3、员工未开展安全培训', ctx(open(MAIN)));
    expect(r.values.map((v) => v.value)).toEqual(['1.消防器材过期 2.疏散通道堆物；3、员工未开展安全培训']);
  });

  it('stops at a ；that opens no next number', () => {
    const r = parseReply('主要隐患：1.消防器材过期 2.疏散通道堆物；检查企业28家', ctx(open(MAIN), open(COUNT)));
    expect(r.values.map((v) => `${v.field}=${v.value}`).sort()).toEqual(['firms=28', 'sc_main=1.消防器材过期 2.疏散通道堆物']);
  });
});
