// 龙镇村 (a village whose name holds 镇) opening a town clerk's line: the name a line opens with is the shortest run that
// ends like a place, or, when that (龙镇) names no unit, the first longer run that names one the clerk speaks for. Before,
// 龙镇 was no name and the line went on under the village named on the line before it (fresh16 民兴村 got 龙镇's 2).
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

function townClerk(villages: Array<[string, string]>): ReplyContext {
  const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons)];
  return { at: AT, timezone: 'Asia/Shanghai', candidates, unitName: '渡市镇', others: villages.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

const VILLAGES: Array<[string, string]> = [['minxing', '民兴村'], ['longzhen', '龙镇村']];

describe('a village whose name holds 镇 opening a line', () => {
  it('after another village\'s line, is its own unit', () => {
    const r = parseReply('民兴村低保户12户\n龙镇村低保人数30人', townClerk(VILLAGES));
    expect(byUnit(r.values)).toEqual(['longzhen.dibao_persons=30', 'minxing.dibao_households=12']);
  });

  it('under a forwarded header with no person', () => {
    const r = parseReply('【民兴村 刘明 09-07 17:55】低保户12户\n【龙镇村 09-07 18:12】龙镇的低保人数是30人', townClerk(VILLAGES));
    expect(byUnit(r.values)).toEqual(['longzhen.dibao_persons=30', 'minxing.dibao_households=12']);
  });
});
