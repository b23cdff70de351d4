// A town clerk's list of villages with a figure each: after a colon, separated by typed pauses as well as 、，
// (各村演练次数汇总：红旗 2次 新华 2次), after 其中 under the total (各村出栏合计1,010头，其中三沱354 藕塘216), and with a
// remark said of all of them at the end (永兴3户、石坝3户，都没有住人的了). Each village gets its own figure.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open } from './fixtures.js';
import { G } from './fields-fresh4.js';

function townClerk(villages: Array<[string, string]>, ...fields: FieldDef[]): ReplyContext {
  const candidates = fields.map((f) => open(f));
  return { at: AT, timezone: 'Asia/Shanghai', candidates, unitName: '大进镇', others: villages.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a town clerk\'s list of villages', () => {
  it('separated by typed pauses', () => {
    const r = parseReply('各村演练次数汇总：红旗 2次 新华 2次 长河 1次', townClerk([['hongqi', '红旗村'], ['xinhua', '新华村'], ['changhe', '长河村']], G.drills));
    expect(byUnit(r.values)).toEqual(['changhe.ff_drills=1', 'hongqi.ff_drills=2', 'xinhua.ff_drills=2']);
  });

  it('after 其中 under the total, which stays the clerk\'s own', () => {
    const r = parseReply('各村参演合计100人，其中红旗60 新华40', townClerk([['hongqi', '红旗村'], ['xinhua', '新华村']], G.participants));
    expect(byUnit(r.values)).toEqual(['hongqi.ff_participants=60', 'own.ff_participants=100', 'xinhua.ff_participants=40']);
  });

  it('with a remark said of all of them', () => {
    const r = parseReply('各村危房情况：永兴3户、石坝1户，都没有住人的了', townClerk([['yongxing', '永兴村'], ['shiba', '石坝村']], G.houses, G.evacuated));
    expect(byUnit(r.values)).toEqual([
      'shiba.dh_count=1', 'shiba.dh_evacuated=true', 'yongxing.dh_count=3', 'yongxing.dh_evacuated=true',
    ]);
  });

  it('a name that is no village ends the list unread', () => {
    const r = parseReply('各村演练次数汇总：红旗 2次 北京 2次', townClerk([['hongqi', '红旗村']], G.drills));
    expect(r.values.filter((v) => v.unit === 'hongqi')).toEqual([]);
  });
});
