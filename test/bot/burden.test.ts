// Burden figures from a real store: asks sent, asks avoided by the pool and by merging, DMs per person per working day.
import { describe, expect, it } from 'vitest';
import { runBatches } from '../../src/bot/batches.js';
import { gatherBurden } from '../../src/bot/burden.js';
import { gatherDigest } from '../../src/bot/digest-data.js';
import { renderDigest } from '../../src/domain/digest.js';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';
import { ALL_UNITS } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

describe('burden figures', () => {
  it('count asks sent, asks avoided by merging and by the pool, per department and per member, and DMs per day', () => {
    harness().store.pool.put({ unit: 'zhutuo', field: 'tekun_persons', period: '2026-11', value: 7, memberId: 'zt_jz', messageId: null, at: new Date('2026-11-20T10:00:00+08:00') });
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    harness().send('lead_yb', 'channel', '【区医保局】请各镇街于11月27日前报送本月低保人数、特困供养人数。', { at: '2026-11-23T11:00:00+08:00' });
    harness().clock.set(new Date('2026-11-23T14:00:00+08:00'));
    runBatches(harness().bot.deps, harness().clock.now());
    const f = gatherBurden(harness().bot.deps, new Date('2026-11-23T18:00:00+08:00'));
    const mz = f.departments.find((d) => d.id === 'minzheng')!;
    const yb = f.departments.find((d) => d.id === 'yibao')!;
    expect([mz.sent, mz.avoided]).toEqual([ALL_UNITS.length * 2, { pool: 0, merge: 0, ledger: 0 }]);
    // 低保人数 was asked already (merge); 朱沱镇's 特困供养人数 is in the pool; the other five units are asked for it.
    expect([yb.sent, yb.avoided]).toEqual([ALL_UNITS.length - 1, { pool: 1, merge: ALL_UNITS.length, ledger: 0 }]);
    expect(f.departments.map((d) => d.id)).toEqual(['minzheng', 'canlian', 'yibao', 'zhujian']);
    const zhutuo = f.members.find((m) => m.id === 'zt_jz')!;
    expect([zhutuo.sent, zhutuo.avoided.pool, zhutuo.avoided.merge]).toEqual([2, 1, 1]);
    expect(zhutuo.dmsPerDay).toEqual([0, 0, 0, 0, 1]);
    expect(f.window.at(-1)).toBe('2026-11-23');
    const digest = renderDigest(gatherDigest(harness().bot.deps, new Date('2026-11-23T18:00:00+08:00'))).text;
    expect(digest).toContain('医保局：问 5 项，免问 7 项（数据池 1、合并 6），约省 1.8 小时');
    expect(digest).toContain('每人每个工作日收到报数私信平均 0.2 条，单日最多 1 条');
  });
});
