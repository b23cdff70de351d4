// 反映：… — staff report a figure asked outside the channel or asked again; an anonymous report keeps no name, the
// department it names hears it without the reporter's name, and the digest counts it.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness({ start: '2026-11-23T10:00:00+08:00' });

describe('反映', () => {
  it('an anonymous report is stored without a name or unit; the admin and the named department hear it, nameless', () => {
    const { out } = bot().send('zt_jz', 'dm', '匿名反映：区残联又在微信群里要本月低保户数，上周已经报过了');
    expect(out.find((m) => m.chat === 'dm:zt_jz')!.text).toBe('已收到你的反映（编号 F1），管理员会处理，并转告残联（不显示你的姓名）。这是匿名反映，没有记录你的姓名和单位。');
    const [report] = bot().store.voiceReports.all();
    expect(report).toMatchObject({ memberId: null, unit: null, departments: ['canlian'], text: '区残联又在微信群里要本月低保户数，上周已经报过了' });
    const toAdmin = out.find((m) => m.chat === 'dm:admin')!.text;
    expect(toAdmin).toBe('【基层反映 F1】一位同志（匿名）：区残联又在微信群里要本月低保户数，上周已经报过了');
    const toLead = out.find((m) => m.chat === 'dm:lead_cl')!.text;
    expect(toLead).toContain('有基层同志反映（不显示反映人）');
    for (const m of out) {
      expect(m.text).not.toContain('胡晓燕');
      expect(m.text).not.toContain('朱沱');
    }
    expect(out.some((m) => m.chat === 'dm:lead_mz')).toBe(false);
  });

  it('a named report tells the admin who; the department still does not hear the name', () => {
    const { out } = bot().send('zt_jz', 'dm', '反映：医保局电话要参保人数，没走工作群');
    expect(out.find((m) => m.chat === 'dm:admin')!.text).toBe('【基层反映 F1】胡晓燕（朱沱镇）：医保局电话要参保人数，没走工作群');
    expect(out.find((m) => m.chat === 'dm:lead_yb')!.text).not.toContain('胡晓燕');
    expect(bot().store.voiceReports.all()[0]).toMatchObject({ memberId: 'zt_jz', unit: 'zhutuo', departments: ['yibao'] });
    expect(out.find((m) => m.chat === 'dm:zt_jz')!.text).toContain('如需匿名，可以发“匿名反映：…”');
  });

  it('the digest counts the day\'s reports', async () => {
    bot().send('zt_jz', 'dm', '反映（匿名）：同一个数这个月被要了三次');
    const { pluginContext } = await import('../support/harness.js');
    const ctx = await pluginContext(bot(), 'probe');
    const digest = ctx.collections.digest(new Date('2026-11-23T18:00:00+08:00'));
    expect(digest.reportsToday).toBe(1);
    const { renderDigest } = await import('../../src/domain/digest.js');
    expect(renderDigest(digest).text).toContain('■ 基层反映\n· 今日收到 1 条反映（体制外要数、重复要数等），详见管理台“反映”页');
    expect(ctx.collections.digest(new Date('2026-11-24T18:00:00+08:00')).reportsToday).toBe(0);
  });
});
