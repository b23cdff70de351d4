// REST_FINISHED: 南厂东西里剩下那1处胶管也换好了 (dev part fresh28) and 龙坡剩下那2处隐患今天也整改完了 / 还有那3处已经全部整改到位
// (fresh29) were not read: the rest of a count, said done since, is added to the one open count of what is done in its measure
// word (已整改隐患), whatever other item the verb (换 of 更换报警器) or the noun (隐患 of 发现隐患) shares words with; with no
// such count, to the one whose name holds the verb said done (剩下的1100亩全部飞完了: 飞防面积, fresh19).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const found = int('gs_found', '发现燃气隐患', ['发现隐患', '燃气隐患'], '处');
const fixed = int('gs_fixed', '已整改隐患', ['已整改', '整改隐患'], '处');
const alarms = int('gs_alarm', '更换燃气报警器', ['更换报警器', '报警器'], '个');
const changes = (text: string) => parseReply(text, ctx(open(found, '2026-11', true), open(fixed, '2026-11', true), open(alarms, '2026-11', true)))
  .changes.map((c) => `${c.field}${c.delta > 0 ? '+' : ''}${c.delta}@${c.against}`);

describe('the rest said done since', () => {
  it('is added to the count of what is done', () => {
    expect(changes('南厂东西里剩下那1处胶管也换好了')).toEqual(['gs_fixed+1@held']);
    expect(changes('龙坡剩下那2处隐患今天也整改完了')).toEqual(['gs_fixed+2@held']);
    expect(changes('新桥还有那3处已经全部整改到位')).toEqual(['gs_fixed+3@held']);
  });

  it('said with 的, to the count done or to the item whose name holds the verb', () => {
    const task = int('dy_task', '任务面积', [], '亩');
    const planted = int('dy_done', '已种植面积', ['已种植', '已种'], '亩');
    const area = int('ff_area', '小麦种植面积', ['小麦面积'], '亩');
    const sprayed = int('ff_done', '飞防面积', ['已飞防面积'], '亩');
    const of = (text: string, ...fields: FieldDef[]) => parseReply(text, ctx(...fields.map((f) => open(f, '2026-06', true)))).changes
      .map((c) => `${c.field}+${c.delta}`);
    expect(of('大王村剩下的440亩今天全部种完了', task, planted)).toEqual(['dy_done+440']);
    expect(of('张寨剩下的1100亩全部飞完了', area, sprayed)).toEqual(['ff_done+1100']);
  });

  it('the rest still to be done is no change', () => {
    expect(changes('剩1处胶管老化的周五前换好')).toEqual([]);
    expect(changes('还有2处下周整改')).toEqual([]);
    expect(changes('剩下那1处还没整改完')).toEqual([]);
  });
});
