// 是否属于乡镇政府驻地: a yes/no whose verb is a copula is answered by the copula or its negation before the object,
// the object said in short by its head (是镇政府驻地 / 非乡镇驻地).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import type { FieldDef } from '../../../src/domain/types.js';

const seat: FieldDef = { key: 'seat', label: '是否属于乡镇政府驻地', aliases: ['乡镇政府驻地', '镇政府驻地', '乡镇驻地'], type: 'boolean' };
const groups: FieldDef = { key: 'groups', label: '下辖村民小组个数', aliases: ['村民小组个数', '村民小组'], type: 'integer', unit: '个', min: 0 };
const farm: FieldDef = { key: 'farm', label: '农家乐（民宿）数量', aliases: ['农家乐', '民宿'], type: 'integer', unit: '家', min: 0 };
const all = () => ctx(open(seat, '2026'), open(groups, '2026'), open(farm, '2026'));

describe('a copula question answered by its object', () => {
  it('is yes after 是', () => {
    const r = parseReply('加义村是镇政府驻地，村民小组23个，农家乐（民宿）3家', all());
    expect(summary(r.values)).toEqual(['farm=3@2026', 'groups=23@2026', 'seat=true@2026']);
  });

  it('is no after 非', () => {
    const r = parseReply('新开村：小组14个，民宿不涉及，非乡镇驻地', all());
    expect(summary(r.values)).toEqual(['farm=0@2026', 'groups=14@2026', 'seat=false@2026']);
  });
});
