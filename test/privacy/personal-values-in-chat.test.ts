// A personal field's value (a phone, an ID number) is acknowledged in chat but never repeated: not to its reporter, not
// in the channel's completion table, not in answers to 查询, not in the daily digest, not in the audit log's detail.
import { describe, expect, it } from 'vitest';
import { postDigest } from '../../plugins/digest/jobs.js';
import { pluginContext, useHarness } from '../support/harness.js';
import { ALL_UNITS, STAFF_OF } from '../support/roster.js';

const bot = useHarness({ start: '2026-11-23T09:00:00+08:00' });

const PHONE = '13812345678';
const ID = '11010519491231002X';
const NOTICE = '【区民政局】请各镇街于11月26日前报送本月低保户数、网格员联系电话、网格员身份证号。';

function withPersonalFields(): void {
  bot().store.fields.upsert({ key: 'grid_phone', label: '网格员联系电话', aliases: [], type: 'text' }, 'admin');
  bot().store.fields.upsert({ key: 'grid_id', label: '网格员身份证号', aliases: [], type: 'text' }, 'admin');
}

/** Everything the bot has said, on every chat, since the start. */
const everythingSaid = (): string => bot().botSaidSince(0).map((m) => `${m.text}\n${JSON.stringify(m.card ?? null)}`).join('\n');

describe('personal values in chat', () => {
  it('confirms a personal value with 已收到 and never echoes it to the reporter', () => {
    withPersonalFields();
    bot().send('lead_mz', 'channel', NOTICE);
    const reply = bot().send('zt_jz', 'dm', `低保户数 120\n网格员联系电话：${PHONE}\n网格员身份证号：${ID}`).out.at(-1)!.text;
    expect(reply).toContain('低保户数（2026年11月）：120户');
    expect(reply).toContain('网格员联系电话（2026年11月）：已收到');
    expect(reply).toContain('网格员身份证号（2026年11月）：已收到');
    expect(bot().store.pool.get('zhutuo', 'grid_phone', '2026-11')?.value).toBe(PHONE);
    expect(bot().send('zt_jz', 'dm', '我的数据').out.at(-1)!.text).toContain('网格员联系电话：已收到');
    const corrected = bot().send('zt_jz', 'dm', '更正：网格员联系电话应为13912345678').out.map((m) => m.text).join('\n');
    expect(corrected).not.toContain('13912345678');
    expect(corrected).not.toContain(PHONE);
    expect(everythingSaid()).not.toMatch(/1381234|1391234|110105194912/);
  });

  it('keeps personal values out of the channel: the completion table, 查询 and the daily digest', async () => {
    withPersonalFields();
    bot().send('lead_mz', 'channel', NOTICE);
    ALL_UNITS.forEach((unit, i) => {
      bot().send(STAFF_OF[unit]!, 'dm', `低保户数 ${100 + i}\n网格员联系电话：1381234567${i}\n网格员身份证号：${ID}`);
    });
    const table = bot().store.messages.after({ kind: 'channel' }, 0).find((m) => m.text.includes('已全部报齐'))!;
    expect(table.text).toContain('100');
    expect(table.text).toContain('已收到');
    bot().send('lead_mz', 'dm', '查询 11月 网格员联系电话');
    postDigest(await pluginContext(bot(), 'digest'), bot().clock.now(), { force: true });
    expect(everythingSaid()).not.toMatch(/1381234|110105194912/);
  });

  it('keeps only a masked copy in the audit log and offers no last value to confirm next month', () => {
    withPersonalFields();
    bot().send('lead_mz', 'channel', NOTICE);
    bot().send('zt_jz', 'dm', `网格员联系电话：${PHONE}`);
    const audit = JSON.stringify(bot().store.audit.list({ action: 'value.' }));
    expect(audit).toContain('138****5678');
    expect(audit).not.toContain(PHONE);
    const ask = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月28日前报送12月份网格员联系电话、低保户数。', { at: '2026-12-21T09:00:00+08:00' });
    const dm = ask.out.find((m) => m.chat === 'dm:zt_jz')!;
    expect(dm.text).toContain('网格员联系电话（文字） 【新】');
    expect(`${dm.text}${JSON.stringify(dm.card)}`).not.toContain('5678');
  });
});
