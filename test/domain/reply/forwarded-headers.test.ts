// A town clerk forwarding the villages' own chat messages, each under a header 【村名 姓名 11-30 10:32】: the figures
// after each header are that village's; the sender, the date and the time in it are no figures.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open } from './fixtures.js';
import { C, W } from './fields-fresh6.js';

function townClerk(villages: Array<[string, string]>, ...fields: FieldDef[]): ReplyContext {
  const candidates = fields.map((f) => open(f));
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '鹿角镇', others: villages.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('forwarded messages under headers', () => {
  it('each header names the village the lines after it are for', () => {
    const r = parseReply(
      '各村报的转过来：\n【峡门村 向明 11-30 10:32】蓄水池新建3口，山坪塘整治2座\n【大土村 冉娟 11-30 11:05】山坪塘1座，渠道修了800米',
      townClerk([['xiamen', '峡门村'], ['datu', '大土村']], W.pool, W.pond, W.canal),
    );
    expect(byUnit(r.values)).toEqual(['datu.canal=800', 'datu.pond=1', 'xiamen.pond=2', 'xiamen.pool=3']);
    expect(r.otherUnits).toEqual([]);
  });

  it('a header with a dash and one with the village alone', () => {
    const r = parseReply(
      '转发各村微信：\n【天池村-李会计】集体经济收入28.6万\n【和平村】总收入一十五万四千元',
      townClerk([['tianchi', '天池村'], ['heping', '和平村']], C.total),
    );
    expect(byUnit(r.values)).toEqual(['heping.inc_total=15.4', 'tianchi.inc_total=28.6']);
  });

  it('a bracketed word that names no unit and no time stays as written', () => {
    const r = parseReply('【补充】峡门村山坪塘2座', townClerk([['xiamen', '峡门村']], W.pond));
    expect(byUnit(r.values)).toEqual(['xiamen.pond=2']);
  });
});
