// Admission under review: a request for items outside the catalogue waits for an admin's 批准 or 驳回; nobody is
// asked before, and the lead hears why it waits and what was decided.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const OUTSIDE = '【区民政局】请各镇街于11月27日前报送本月低保户数和独居老人探访次数。';
const INSIDE = '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。';

describe('admission: review', () => {
  const bot = useHarness({ settings: { admission: 'review' }, start: '2026-11-23T09:00:00+08:00' });

  it('a request for an item outside the catalogue waits, the lead hears why, the admin what to decide', () => {
    const { out } = bot().send('lead_mz', 'channel', OUTSIDE);
    const toLead = out.find((m) => m.chat === 'channel')!;
    expect(toLead.text).toMatch(/^已登记 r1：/);
    expect(toLead.text).toContain('“独居老人探访次数”不在目录（字典和台账）中，按准入规定需管理员批准后才会下发');
    const toAdmin = out.find((m) => m.chat === 'dm:admin')!;
    expect(toAdmin.text).toContain('【待准入】r1 民政局（周志刚）');
    expect(toAdmin.text).toContain('回复“批准 r1”下发');
    expect(bot().store.asks.all()).toEqual([]);
    expect(bot().store.requests.get(1)?.status).toBe('pending');
  });

  it('批准 sends it out as if just posted, and the item joins the catalogue', () => {
    bot().send('lead_mz', 'channel', OUTSIDE);
    expect(bot().send('lead_mz', 'dm', '批准 r1').out.at(-1)!.text).toBe('只有管理员可以批准或驳回需求。');
    const { out } = bot().send('admin', 'dm', '批准 r1', { at: '2026-11-23T10:00:00+08:00' });
    expect(out.at(-1)!.text).toBe('已批准 r1，已询问 12 项。');
    expect(out.find((m) => m.chat === 'channel')!.text).toMatch(/^@周志刚 r1（.*）管理员李静已批准，已私信 6 位同志，共 12 项。$/);
    expect(bot().store.asks.all()).toHaveLength(12);
    expect(bot().store.requests.get(1)?.status).toBe('active');
    // Admitted: the same item asked again goes straight out.
    const again = bot().send('lead_cl', 'channel', '【区残联】请各镇街于11月30日前报送本月独居老人探访次数。', { at: '2026-11-23T11:00:00+08:00' }).out;
    expect(again.find((m) => m.chat === 'channel')!.text).not.toContain('准入');
  });

  it('驳回 needs a reason, withdraws the request and tells the lead the reason', () => {
    bot().send('lead_mz', 'channel', OUTSIDE);
    expect(bot().send('admin', 'dm', '驳回 r1').out.at(-1)!.text).toContain('请写明驳回理由');
    expect(bot().store.requests.get(1)?.status).toBe('pending');
    const { out } = bot().send('admin', 'dm', '驳回 r1 理由：探访次数已在养老服务台账中，请向民政局养老科索取');
    expect(out.at(-1)!.text).toBe('已驳回 r1，已告知周志刚。');
    expect(out.find((m) => m.chat === 'channel')!.text).toContain('未获批准，不会下发。管理员李静的理由：探访次数已在养老服务台账中，请向民政局养老科索取');
    expect(bot().store.requests.get(1)?.status).toBe('withdrawn');
    expect(bot().store.asks.all()).toEqual([]);
    expect(bot().send('admin', 'dm', '批准 r1').out.at(-1)!.text).toBe('没有待批准的需求 r1。');
  });

  it('a request within the catalogue goes straight out under review too', () => {
    const { out } = bot().send('lead_mz', 'channel', INSIDE);
    expect(out.find((m) => m.chat === 'channel')!.text).not.toContain('准入');
    expect(bot().store.asks.all()).toHaveLength(12);
  });
});

describe('admission: open (the default)', () => {
  const bot = useHarness({ start: '2026-11-23T09:00:00+08:00' });
  it('asks at once, new item and all', () => {
    bot().send('lead_mz', 'channel', OUTSIDE);
    expect(bot().store.asks.all()).toHaveLength(12);
  });
});
