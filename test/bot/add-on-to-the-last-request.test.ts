// ADD_ON_TO_THE_LAST: 补充一下，特困供养人数也一并报一下 right after a notice was registered as 不限期 with no due day, asked
// apart from the notice it adds to. A short add-on naming only items asks them for the latest request's period, due day
// and units.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, channel } = useConversation({ day: '2026-11-20' });

describe('an add-on to the latest request', () => {
  it('takes its period, due day and units', () => {
    channel('lead_mz', '【区民政局】请朱沱镇、松溉镇于11月26日前报送本月低保户数、低保人数。', AT('09:00'));
    const said = channel('lead_mz', '补充一下，特困供养人数也一并报一下', AT('09:10'));
    expect(said).toContain('期间：2026年11月');
    expect(said).toContain('截止：11月26日');
    const added = bot().store.requests.activeBy('lead_mz').at(-1)!;
    expect(added.fields).toEqual(['tekun_persons']);
    expect(added.period).toBe('2026-11');
    expect([...added.targets].sort()).toEqual(['songji', 'zhutuo']);
  });

  it('an ask with a period or a due day of its own keeps them', () => {
    channel('lead_mz', '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数。', AT('09:00'));
    channel('lead_mz', '另外请各镇街12月5日前一并报送10月特困供养人数', AT('09:10'));
    const added = bot().store.requests.activeBy('lead_mz').at(-1)!;
    expect(added.period).toBe('2026-10');
  });
});
