// 留守儿童要分别摸清父亲一方外出、母亲一方外出和父母双方都外出的数量: a whole broken into parts asks for each part, and each
// part is the field that refines the whole by the words the part shares with it — never the whole itself.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const person = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit: '人' });
const fields: FieldDef[] = [
  person('children', '农村留守儿童'),
  person('father_out', '父亲外出务工的留守儿童'),
  person('mother_out', '母亲外出务工的留守儿童'),
  person('both_out', '父母均外出务工的留守儿童'),
  person('women', '农村留守妇女'),
];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2032-03-28T10:00:00+08:00'), fields });

describe('the parts of a whole', () => {
  it('each part named after 分别 is the refinement it shares most words with', () => {
    const r = parse('请各镇街于4月15日前报送留守儿童要分别摸清父亲一方外出、母亲一方外出和父母双方都外出的数量。');
    expect(r?.fields.sort()).toEqual(['both_out', 'father_out', 'mother_out']);
  });

  it('a part like no refinement is not guessed', () => {
    const r = parse('请各镇街于4月15日前报送农村留守妇女人数，留守儿童要分别统计男、女的数量。');
    expect(r?.fields).toEqual(['women']);
  });
});
