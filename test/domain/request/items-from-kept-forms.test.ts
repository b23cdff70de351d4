// 附件：…4.学龄前残疾儿童台账（留存）: a form the ask points to but that is kept where it is filled in is not sent, so it
// names no item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'school_age', label: '适龄残疾儿童人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'preschool', label: '学龄前残疾儿童台账', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('kept forms', () => {
  it('a form kept on file is not an item', () => {
    const r = parse([
      '各镇街：请按附件表样于11月20日前报送适龄残疾儿童人数。',
      '附件：1.核查情况汇总表 2.学龄前残疾儿童台账（留存）',
    ].join('\n'));
    expect(r?.fields).toEqual(['school_age']);
  });
});
