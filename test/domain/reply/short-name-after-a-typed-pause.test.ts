// 麦地2月就餐人数改成一千九百二十 罗免1月场次更正为10场 (a town clerk's voice run): a village's short name straight before a
// figure, after a typed pause, opens that village's clause as it does after a comma; the figure is not the first village's.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply, type ReplyCandidate, type ReplyContext } from '../../../src/domain/reply/parse.js';
import { AT } from './fixtures.js';

const count = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const events = count('events', '报备聚餐场次', ['聚餐场次', '场次'], '场');
const diners = count('diners', '就餐人数', ['人数'], '人');

function town(): ReplyContext {
  const candidates: ReplyCandidate[] = [events, diners].flatMap((field) => ['2026-10', '2026-11'].map((period) => ({ field, period, answered: true })));
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '新安镇', others: [['maidi', '麦地村'], ['luomian', '罗免村']].map(([id, name]) => ({ id: id!, name: name!, candidates })) };
}

describe('a short name after a typed pause', () => {
  it('罗免10月场次更正为10场 after a pause is 罗免\'s', () => {
    const r = parseReply('麦地11月就餐人数改成一千九百二十 罗免10月场次更正为10场', town());
    expect(r.values.map((v) => `${v.unit}:${v.field}@${v.period}=${v.value}`).sort())
      .toEqual(['luomian:events@2026-10=10', 'maidi:diners@2026-11=1920']);
  });
});
