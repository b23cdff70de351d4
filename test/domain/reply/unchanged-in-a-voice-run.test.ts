// 扑火队员没变化 检查站和上次一样 巡山1260人次: in a voice run the pauses end the pieces, so an item said unchanged
// beside another item's figure is still claimed unchanged; 和上次一样 is as last reported.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.tekun), open(F.tempTimes));
const claims = (t: string) => parseReply(t, c).unchanged.map((u) => `${(u.fields ?? ['*']).join('+')}@${u.period}`);

describe('unchanged items in a voice run', () => {
  it('each item said unchanged between pauses', () => {
    expect(claims('11月 低保户没变化 特困供养和上次一样 临时救助12人次')).toEqual(['dibao_households@2026-11', 'tekun_persons@2026-11']);
  });

  it('a bare 无变化 a pause cut off after a figure claims nothing of the other items', () => {
    expect(claims('特困供养7人 无变化')).toEqual([]);
  });
});
