// RECHECK_ASKED: a lead who doubts figures a unit already sent (朱沱镇的低保人数好像不对，请核实后重报) gets no new request
// for them: the clerk who sent each is asked to check it, the figure on file stays until they answer, a new figure
// corrects it (the lead gets the correction notice) and 无误 confirms it (the lead hears that too). Before, the doubt was
// registered as a new request with no period and no due day, or went unanswered.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

const textTo = (sent: { out: Array<{ chat: string; text: string }> }, chat: string): string =>
  sent.out.filter((m) => m.chat === chat).map((m) => m.text).join('\n');

function reportedThenDoubted(doubt: string) {
  bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
  dm('低保户数132户，低保人数208人', AT('09:10'));
  return bot().send('lead_mz', 'channel', doubt, { at: AT('09:20') });
}

describe('a lead doubting a figure on file', () => {
  it('registers no request and asks the clerk who sent it to check it', () => {
    const sent = reportedThenDoubted('朱沱镇的低保人数好像不对，请核实后重报');
    expect(bot().store.requests.activeBy('lead_mz')).toHaveLength(1);
    expect(textTo(sent, 'dm:zt_jz')).toContain('朱沱镇低保人数（2026年11月）：现为208人');
    expect(textTo(sent, 'dm:zt_jz')).not.toContain('低保户数');
    expect(textTo(sent, 'channel')).toContain('已请核实');
    expect(pool('dibao_persons')).toBe(208);
  });

  it('says with the note what the clerk still owes', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保户数132户', AT('09:10'));
    const sent = bot().send('lead_mz', 'channel', '@报数助手 朱沱镇的低保户数是不是填错了，上个月才120户', { at: AT('09:20') });
    expect(textTo(sent, 'dm:zt_jz')).toContain('现为132户');
    expect(textTo(sent, 'dm:zt_jz')).toMatch(/还差：\n· 2026年11月：低保人数/);
  });

  it('finds the unit of the clerk the lead @s', () => {
    const sent = reportedThenDoubted('@胡晓燕 你们镇低保人数比上月多了20多人，核实一下');
    expect(textTo(sent, 'dm:zt_jz')).toContain('现为208人');
  });

  it('takes the clerk\'s bare figure as the corrected one, and the lead gets the correction notice', () => {
    reportedThenDoubted('朱沱镇的低保人数好像不对，请核实后重报');
    const sent = bot().send('zt_jz', 'dm', '核实过了，是211', { at: AT('09:30') });
    expect(pool('dibao_persons')).toBe(211);
    expect(textTo(sent, 'dm:lead_mz')).toContain('由 208人 改为 211人');
  });

  it('keeps the figure on the clerk\'s 无误, and tells the lead', () => {
    reportedThenDoubted('朱沱镇的低保人数好像不对，请核实');
    const sent = bot().send('zt_jz', 'dm', '核实了，没问题', { at: AT('09:30') });
    expect(textTo(sent, 'dm:zt_jz')).toContain('核实无误');
    expect(textTo(sent, 'dm:lead_mz')).toContain('朱沱镇低保人数（2026年11月）208人 经胡晓燕核实无误');
    expect(pool('dibao_persons')).toBe(208);
  });

  it('tells the lead when the doubted item has no figure on file (NOTHING_ON_FILE_TO_CHECK; no clerk asked)', () => {
    const sent = reportedThenDoubted('朱沱镇的特困人数好像不对，请核实');
    expect(textTo(sent, 'dm:zt_jz')).toBe('');
    expect(textTo(sent, 'channel')).toContain('朱沱镇还没有报特困供养人数');
    expect(textTo(sent, 'channel')).not.toContain('低保');
  });
});

describe('a lead asking every unit to check its figures again (GROUP_ASKED_TO_CHECK)', () => {
  it('asks each clerk whose figures are on file, and names the units with nothing to check', () => {
    const sent = reportedThenDoubted('请各镇街把本月报的数再确认一遍，县里要核');
    expect(bot().store.requests.activeBy('lead_mz')).toHaveLength(1);
    expect(textTo(sent, 'dm:zt_jz')).toContain('请你核实');
    expect(textTo(sent, 'channel')).toContain('已请核实');
    expect(textTo(sent, 'channel')).toMatch(/还没有报、无数可核：.*松溉镇/);
    expect(pool('dibao_persons')).toBe(208);
  });

  it('leaves a notice to every unit that asks for items of its own to the request path', () => {
    const sent = reportedThenDoubted('请各镇街在调查核实的基础上报送本月特困供养人数');
    expect(textTo(sent, 'dm:zt_jz')).not.toContain('请你核实');
    expect(textTo(sent, 'channel')).not.toContain('已请核实');
  });
});

describe('a lead asking named units again with a due day of its own', () => {
  it('is a new request, as before (请朱沱镇11月28日前再报一下低保人数，县里核对)', () => {
    const sent = reportedThenDoubted('请朱沱镇11月28日前再报一下低保人数，县里核对');
    expect(bot().store.requests.activeBy('lead_mz')).toHaveLength(2);
    expect(textTo(sent, 'dm:zt_jz')).not.toContain('请你核实');
  });
});
