// POINTED_TO_A_FILE: 见附件 / 详见附表 / 数据在表格里 — the figures are said to be in a file the bot cannot read. Answered
// "这条消息里没有找到需要你报送的数据", the clerk could not tell whether the file had been taken.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();

describe('figures said to be in a file', () => {
  it('are asked for as typed figures', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    for (const text of ['见附件', '详见附表。', '数据在表格里', '请看截图']) {
      const out = bot().send('zt_jz', 'dm', text, { at: '2026-11-24T10:00:00+08:00' }).out.find((m) => m.chat === 'dm:zt_jz')!.text;
      expect(out, text).toContain('内容我读不到');
      expect(out, text).not.toContain('没有找到');
    }
  });

  it('a figure beside the words is still read', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    const out = bot().send('zt_jz', 'dm', '低保户数132户，明细见附件', { at: '2026-11-24T10:00:00+08:00' }).out.find((m) => m.chat === 'dm:zt_jz')!.text;
    expect(out).toContain('132户');
    expect(out).not.toContain('内容我读不到');
  });
});
