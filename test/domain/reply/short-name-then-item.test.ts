// A street or town clerk's line that opens with a community's name without its suffix, run straight into one of that
// community's items (后堡检查户数是946不是964), is that community's, not the clerk's own; a name run into words that
// name no item stays the clerk's own text.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

function streetClerk(): ReplyContext {
  const candidates = [open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true)];
  return {
    at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '南坪街道',
    others: [{ id: 'houbao', name: '后堡社区', candidates }, { id: 'nanhu', name: '南湖社区', candidates }],
  };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a short community name run into an item', () => {
  it('is that community\'s line', () => {
    expect(byUnit(parseReply('后堡低保户数是46不是64，录入时数字打反了', streetClerk()).values)).toEqual(['houbao.dibao_households=46']);
    expect(byUnit(parseReply('南湖低保人数应为120人', streetClerk()).values)).toEqual(['nanhu.dibao_persons=120']);
  });

  it('a name run into words that name no item is no community line', () => {
    expect(byUnit(parseReply('后堡那边说明天报', streetClerk()).values)).toEqual([]);
  });
});
