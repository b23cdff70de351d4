// Who reports, changed after the notice. 注意：此次只需各街道报送，镇不用报 changed nothing and the lead heard nothing (it was
// no edit the bot knew); 加上朱沱镇的特困供养人数 added the item for all six units, five of them asked a figure nobody wanted.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const notice = '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。';

function after(edit: string): string {
  bot().send('lead_mz', 'channel', notice, { at: AT('09:00') });
  return bot().send('lead_mz', 'channel', edit, { at: AT('09:10') }).out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
}

describe('only some units report', () => {
  it('注意：此次只需各街道报送，镇不用报 keeps the streets and drops the towns', () => {
    expect(after('注意：此次只需各街道报送，镇不用报')).toContain('已从 r1 去掉：朱沱镇、松溉镇、来苏镇');
    expect(bot().store.requests.get(1)!.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan']);
  });
});

describe('an item added for some units', () => {
  it('is not added for every unit; the lead is told how to ask those units', () => {
    const said = after('@报数助手 加上朱沱镇的特困供养人数');
    expect(said).toContain('没有加上');
    expect(said).toContain('请朱沱镇于11月27日');
    expect(bot().store.requests.get(1)!.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('an item added with no unit named is added for all', () => {
    expect(after('加上特困供养人数')).toContain('已在 r1 加上：特困供养人数');
  });
});
