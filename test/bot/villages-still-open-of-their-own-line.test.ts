// VILLAGES_OF_ONE_LINE: a town clerk hears what its villages still owe only for the departments the clerk serves. 朱沱镇
// has a 民政 clerk (胡晓燕) and a 住建 clerk (曾强); its villages owe 民政's 低保 figures: 曾强, never asked for them,
// is not told they are his to chase.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness, type Harness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();
beforeEach(() => {
  withVillages(bot());
});

const replyTo = (sent: ReturnType<Harness['send']>) => sent.out.filter((m) => m.chat.startsWith('dm:')).map((m) => m.text).join('\n');

describe('villages still open, told to a town clerk', () => {
  it('a clerk of another line who says thanks hears nothing of the villages’ 民政 figures', () => {
    const said = replyTo(bot().send('zt_js', 'dm', '谢谢', { at: '2026-11-23T11:00:00+08:00' }));
    expect(said).not.toContain('白沙村');
    expect(said).not.toContain('低保');
    expect(said.length).toBeGreaterThan(0);
  });

  it('the clerk who serves 民政 still hears what the villages owe', () => {
    const said = replyTo(bot().send('zt_jz', 'dm', '我的任务', { at: '2026-11-23T11:00:00+08:00' }));
    expect(said).toContain('白沙村');
    expect(said).toContain('低保户数');
  });
});
