// A clerk's line may hold a list of units in each of its sentences: after the total's colon and 其中
// (汇总：入户宣传合计6,186户，其中桥河1260、沙溪2140), with the total after the list (…龙凤村29人，合计159人), and right after
// the words that label it, with no colon (困境儿童中华3人、桂香无、团结5人): each unit gets its figure, 无 its zero.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';
import { H } from './fields-fresh10.js';

function clerk(own: string, units: Array<[string, string]>, ...fields: FieldDef[]): ReplyContext {
  const candidates = fields.map((f) => open(f));
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: own, others: units.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('lists of units in a clerk\'s sentences', () => {
  it('open at 其中 after a header\'s colon', () => {
    const r = parseReply('古南街道汇总：入户宣传合计6,186户，其中桥河1260、文昌1826', clerk('古南街道', [['qiaohe', '桥河社区'], ['wenchang', '文昌社区']], H.visited));
    expect(byUnit(r.values)).toEqual(['qiaohe.fz_visited=1260', 'wenchang.fz_visited=1826']);
  });

  it('a second list after the first one\'s total, with no colon', () => {
    const villages: Array<[string, string]> = [['zhonghua', '中华村'], ['guixiang', '桂香村'], ['tuanjie', '团结村']];
    const r = parseReply('各村低保户：中华村42户，桂香村37户，团结村51户，合计130户；低保人数中华83人、桂香无、团结95人', clerk('少云镇', villages, F.dibaoHouseholds, F.dibaoPersons));
    expect(byUnit(r.values)).toEqual([
      'guixiang.dibao_households=37', 'guixiang.dibao_persons=0', 'tuanjie.dibao_households=51', 'tuanjie.dibao_persons=95',
      'zhonghua.dibao_households=42', 'zhonghua.dibao_persons=83',
    ]);
  });
});
