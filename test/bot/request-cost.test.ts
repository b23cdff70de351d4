// The requester sees what a request costs the people asked, and a deadline already past is never accepted silently.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness({ start: '2026-11-23T09:00:00+08:00' });

const rows = (text: string): Record<string, string> => Object.fromEntries(
  text.split('\n').filter((l) => l.startsWith('· ')).map((l) => { const [k, ...v] = l.slice(2).split('：'); return [k!, v.join('：')]; }));

describe('the cost of a request in its confirmation', () => {
  it('states units × items and the staff minutes of what is asked now', () => {
    const { out } = bot().send('lead_mz', 'channel', DIBAO_REQUEST);
    const r = rows(out.find((m) => m.text.startsWith('已登记'))!.text);
    expect(r['工作量']).toBe('6个单位 × 2项 = 12项：新问 12 项，约占基层 3 小时（每项按 15 分钟计）');
    expect(r['注意']).toBeUndefined();
  });

  it('counts what an earlier request already asks and what the pool holds', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST);
    bot().send('zt_jz', 'dm', '低保户数 120，低保人数 210', { at: '2026-11-23T10:00:00+08:00' });
    const { out } = bot().send('lead_cl', 'channel', '【区残联】请各镇街于11月27日前报送本月低保户数。', { at: '2026-11-23T11:00:00+08:00' });
    const r = rows(out.find((m) => m.text.startsWith('已登记'))!.text);
    expect(r['工作量']).toBe('6个单位 × 1项 = 6项：数据池已有 1 项，已在收集 5 项，无需新问，不占基层时间');
  });

  it('a deadline already past is questioned, and one that leaves under a working day gets the earliest reasonable one', () => {
    const past = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月20日前报送本月特困供养人数。', { at: '2026-11-23T09:00:00+08:00' }).out;
    expect(rows(past.find((m) => m.text.startsWith('已登记'))!.text)['注意']).toBe('截止时间11月20日（周五）已经过了，请确认截止时间，回复“截止改为…”即可');
    const short = bot().send('lead_yb', 'channel', '【区医保局】请各镇街今天下班前报送本月城乡居民医保参保人数。', { at: '2026-11-24T14:30:00+08:00' }).out;
    expect(rows(short.find((m) => m.text.startsWith('已登记'))!.text)['注意'])
      .toBe('距截止不足一个工作日（上午发下午要），基层难以按时报齐；建议截止改为11月25日（周三），回复“截止改为11月25日”即可');
  });
});
