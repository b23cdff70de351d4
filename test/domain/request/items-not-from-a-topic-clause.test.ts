// 对威胁人员、重要设施等重点隐患，要及时提出搬迁避让建议: a clause that 对 puts first is the object of the verb that follows;
// when that verb asks for nothing, what it names is no item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'points', label: '地灾隐患点', aliases: ['地质灾害隐患点数量'], type: 'integer', unit: '处' },
  { key: 'threatened', label: '地灾隐患威胁人口', aliases: [], type: 'integer', unit: '人' },
];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2033-07-08T10:00:00+08:00'), fields });

describe('items not from a clause 对 puts first', () => {
  it('the object of a verb that asks nothing is no item, in an ask or in a list entry', () => {
    expect(parse('请各镇街于7月底前报送地质灾害隐患点数量，对威胁人员、重要设施等重点隐患，要及时提出搬迁避让建议。')?.fields)
      .toEqual(['points']);
    const r = parse([
      '关于加强汛期地质灾害排查的通知',
      '各镇街：',
      '为加强汛期排查工作，现提出如下要求：',
      '一、迅速开展隐患排查，查清辖区内地质灾害隐患点数量；对威胁人员、重要设施等重点隐患，要及时向政府提出搬迁避让建议。请于7月底前报送区局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['points']);
  });

  it('the object of a verb that asks is an item', () => {
    const r = parse('请各镇街于7月底前报送地质灾害隐患点数量；对威胁人口，要一并报送。');
    expect(r?.fields).toEqual(['points', 'threatened']);
  });
});
