// 一、乡镇表：村委会个数；自来水受益村数；通汽车村数。: a semicolon goes on with the list entry it follows (each piece is an
// item of that entry); a piece that asks or says what the work is for is read as an ask, not as an entry.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const count = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit: '个' });
const fields: FieldDef[] = [count('committees', '村委会个数'), count('tapwater', '自来水受益村数'), count('bus', '通汽车村数')];
const parse = (body: string) =>
  parseRequest(`关于布置农村基本情况年报的通知\n各镇街：\n${body}`, member('lead_mz'), { ...ctxAt('2027-12-20T09:00:00+08:00'), fields })?.fields;

describe('a list entry goes on after a semicolon', () => {
  it('every piece of the entry is an item', () => {
    expect(parse('请按以下表式填报，12月31日前报送。\n一、乡镇表：村委会个数；自来水受益村数；通汽车村数。')).toEqual(['committees', 'tapwater', 'bus']);
  });
});
