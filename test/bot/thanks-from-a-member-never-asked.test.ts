// NEVER_ASKED: 你负责的数据已全部报齐，谢谢！ thanks a member for what they were asked. A member asked nothing lately
// (朱沱镇's 住建 clerk, whose unit's villages owe 民政 figures to others) who says 谢谢 hears 收到 and no such claim;
// a member who was asked and has reported still hears it.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness, type Harness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();
beforeEach(() => {
  withVillages(bot());
});

const dm = (sent: ReturnType<Harness['send']>) => sent.out.filter((m) => m.chat.startsWith('dm:')).map((m) => m.text).join('\n');

describe('thanks from a member', () => {
  it('never asked: an answer, and no claim that their figures are all in', () => {
    const said = dm(bot().send('zt_js', 'dm', '谢谢', { at: '2026-11-23T11:00:00+08:00' }));
    expect(said).toContain('收到');
    expect(said).not.toContain('已全部报齐');
    expect(dm(bot().send('zt_js', 'dm', '我的任务', { at: '2026-11-23T11:05:00+08:00' }))).toBe('你目前没有待报的数据。');
  });

  it('asked and reported: thanked as before', () => {
    bot().send('sq_ww', 'dm', '低保户数12户，低保人数20人', { at: '2026-11-23T11:00:00+08:00' });
    expect(dm(bot().send('sq_ww', 'dm', '谢谢', { at: '2026-11-23T11:05:00+08:00' }))).toContain('已全部报齐');
  });
});
