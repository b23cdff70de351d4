// 充电点还在选址 / 业委会筹备中 / 自查明天才能弄完 for 是否建成集中充电点 / 是否成立业主委员会 / 是否完成自查: the thing a
// question of finishing asks about, said to be still in the making, is not finished (否).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';
import type { FieldDef } from '../../../src/domain/types.js';

const station: FieldDef = { key: 'station', label: '是否建成集中充电点', aliases: ['集中充电点', '充电点'], type: 'boolean' };
const committee: FieldDef = { key: 'owners_committee', label: '是否成立业主委员会', aliases: ['业委会', '业主委员会'], type: 'boolean' };

describe('still under way', () => {
  it('还在 and a verb of work', () => {
    const r = parseReply('新市场社区充电点还在选址', ctx(open(station), open(F.jiuxiao)));
    expect(summary(r.values)).toEqual(['station=false@2026-11']);
  });

  it('a work noun with 中', () => {
    const r = parseReply('6栋，施工中，业委会筹备中', ctx(open(committee)));
    expect(summary(r.values)).toEqual(['owners_committee=false@2026-11']);
  });

  it('finished only later (明天才能弄完)', () => {
    const r = parseReply('桃源村自查明天才能弄完', ctx(open(F.selfCheck), open(F.jiuxiao)));
    expect(summary(r.values)).toEqual(['self_check_done=false@2026-11']);
  });
});
