// WHICH_UNIT: a town clerk who reports for several villages gives figures under no unit it reports for — none named
// (the town itself not asked those items), or a name no roster unit has and close to none (红星村) — for items its
// villages were asked. Nothing is stored or guessed: the figures are held and the clerk is asked 哪个村的数？ naming the
// villages still waiting for them; the next reply naming one (石桥村 / 白沙的) files them there, with the message that
// gave them kept beside the answer.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('figures of no unit the town clerk reports for', () => {
  it('none named: 哪个村的数？石桥村还是白沙村？ and 石桥村 files them there', () => {
    withVillages(bot());
    const given = bot().send('zt_jz', 'dm', '低保户数12户，低保人数20人', { at: AT('10:00') });
    const out = given.out.find((m) => m.chat === 'dm:zt_jz')!.text;
    expect(out).toContain('哪个村的数？石桥村还是白沙村？');
    expect(out).not.toContain('不在要你报的项目里');
    expect(pooled()).toEqual([]);
    const answer = bot().send('zt_jz', 'dm', '石桥村', { at: AT('10:05') });
    expect(answer.out.find((m) => m.chat === 'dm:zt_jz')!.text).toContain('已记录（石桥村）');
    expect(pooled()).toEqual(['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20']);
    // a figure of the whole town (全镇 / 汇总) is the town's own, never asked about
    expect(dmAs('zt_jz', '镇里汇总：全镇低保户数30户', AT('10:10'))).not.toContain('哪个村');
    const audit = bot().store.db.prepare(`SELECT detail FROM audit WHERE subject = 'shiqiao/dibao_households/2026-11'`).get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ value: 12, message: answer.lineId, askedIn: given.lineId });
  });

  it('a name no roster unit has (红星村): asked the same way, and 白沙的 files them under 白沙村', () => {
    withVillages(bot());
    const out = dmAs('zt_jz', '红星村：低保户数12户，低保人数20人', AT('10:00'));
    expect(out).toContain('哪个村的数？（写的是「红星村」）石桥村还是白沙村？');
    expect(out).not.toContain('没有要你代报');
    dmAs('zt_jz', '白沙的', AT('10:05'));
    expect(pooled()).toEqual(['baisha.dibao_households=12', 'baisha.dibao_persons=20']);
  });

  it('是的 settles nothing: only a unit\'s name does', () => {
    withVillages(bot());
    dmAs('zt_jz', '低保户数12户', AT('10:00'));
    dmAs('zt_jz', '是的', AT('10:05'));
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
  });
});
