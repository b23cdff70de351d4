// SHARED_SHORT_NAME: a town clerk who reports for two units whose names start alike (石桥村 and 石桥社区) and names one
// only by that start (石桥：… / 石桥低保户数12户 / 石桥12户) gives figures of neither: the name is noted as a unit not
// spoken for (the engine asks which one), never filed under the first of them. Either named in full is that unit.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

function townClerk(): ReplyContext {
  const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons)];
  const units: Array<[string, string]> = [['shiqiao', '石桥村'], ['baisha', '白沙村'], ['shiqiaosq', '石桥社区']];
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇', others: units.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a short name two units the clerk reports for start with', () => {
  it('石桥 before a colon, an item or a figure: nobody\'s, noted as 石桥', () => {
    for (const text of ['石桥：低保户数12户，低保人数20人', '石桥低保户数12户，低保人数20人', '石桥12户20人']) {
      const r = parseReply(text, townClerk());
      expect(r.values).toEqual([]);
      expect(r.otherUnits).toEqual(['石桥']);
    }
  });

  it('after another unit\'s clause: that unit keeps its own figures only', () => {
    const r = parseReply('白沙村9户15人；石桥12户、20人', townClerk());
    expect(byUnit(r.values)).toEqual(['baisha.dibao_households=9', 'baisha.dibao_persons=15']);
    expect(r.otherUnits).toEqual(['石桥']);
  });

  it('each named in full is that unit: 石桥社区 is not 石桥村', () => {
    const r = parseReply('石桥村12户20人；石桥社区9户15人', townClerk());
    expect(byUnit(r.values)).toEqual([
      'shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20', 'shiqiaosq.dibao_households=9', 'shiqiaosq.dibao_persons=15',
    ]);
    expect(r.otherUnits).toEqual([]);
  });
});
