// OFFERED_BY_THE_ASK: the units a unit question offered (哪个村的数？新石桥村还是白沙村？) are kept with its figures, and an
// answer is matched against them, never against the question's words. 石桥村 is inside 新石桥村's name: read from the
// words, 石桥村 (which reported already and was never offered) counted as offered. 不是白沙村的 then left two units and asked
// 哪个村的数？ again with 石桥村 among them, instead of 是新石桥村的吗？; and with two sets waiting, 石桥村 answered the set
// that never offered it.
import { describe, expect, it } from 'vitest';
import { roster } from '../support/roster.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

/** 朱沱镇 with 石桥村, 新石桥村 and 白沙村 asked for 低保户数、低保人数; 石桥村 has reported. */
function villages(): void {
  bot().store.roster.load({
    ...roster,
    units: [...roster.units, { id: 'shiqiao', name: '石桥村', kind: 'village', parent: 'zhutuo' },
      { id: 'xinshiqiao', name: '新石桥村', kind: 'village', parent: 'zhutuo' }, { id: 'baisha', name: '白沙村', kind: 'village', parent: 'zhutuo' }],
    members: [...roster.members, { id: 'sq_ww', name: '石桥文书', role: 'staff', unit: 'shiqiao' },
      { id: 'xsq_ww', name: '新石桥文书', role: 'staff', unit: 'xinshiqiao' }, { id: 'bs_ww', name: '白沙文书', role: 'staff', unit: 'baisha' }],
  });
  bot().send('lead_mz', 'channel', '【区民政局】请石桥村、新石桥村、白沙村于11月26日前报送本月低保户数、低保人数。', { at: AT('08:00') });
  bot().send('sq_ww', 'dm', '低保户数12户，低保人数20人', { at: AT('08:30') });
}

describe('the units a unit question offered', () => {
  it('are what a denial leaves, not every unit whose name is in the question', () => {
    villages();
    expect(dm('低保户数15户，低保人数30人', AT('09:00'))).toContain('哪个村的数？新石桥村还是白沙村？');
    expect(bot().store.held.openOf('zt_jz').map((h) => h.offered)).toEqual([['xinshiqiao', 'baisha'], ['xinshiqiao', 'baisha']]);
    const said = dm('不是白沙村的', AT('09:05'));
    expect(said).toContain('是新石桥村的吗？');
    expect(said).not.toContain('石桥村还是');
  });

  it('pick the set an answer settles when two sets wait', () => {
    villages();
    dm('低保户数15户，低保人数30人', AT('09:00'));
    // an earlier set whose question offered 石桥村 and 白沙村 (held before 石桥村 reported, say)
    for (const h of bot().store.held.openOf('zt_jz')) {
      bot().store.held.hold({
        memberId: 'zt_jz', unit: 'zhutuo', field: h.field, period: h.period, value: (h.value as number) + 1, approximate: false,
        raw: `${(h.value as number) + 1}`, reason: '哪个村的数？石桥村还是白沙村？', options: null, messageId: 1,
        at: new Date(h.at.getTime() - 60_000), label: '', kind: 'which', offered: ['shiqiao', 'baisha'],
      });
    }
    // 石桥村 answers the set that offered it (its figures differ from 石桥村's own: asked before any is filed), never the
    // later set whose words hold 石桥村 only inside 新石桥村
    const said = dm('石桥村', AT('09:10'));
    expect(said).toContain('石桥村已报低保户数12户、低保人数20人，改为16户、31人吗？');
    expect(said).not.toContain('改为15户');
  });
});
