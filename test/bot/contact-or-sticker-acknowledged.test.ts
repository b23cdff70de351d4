// A reply whose only content is thanks, a chat app's sticker ([强] [抱拳]) or a contact (经办人王丽娟 15823456789) gives
// nothing to record and asks nothing: it gets a short acknowledgement, never 没有找到需要你报送的数据 and its how-to.
// A picture sent ([图片]) is no sticker: it is not acknowledged (picture-alone-answered.test.ts says what it gets).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();

function dm(text: string): string {
  return bot().send('zt_jz', 'dm', text, { at: '2026-11-24T10:00:00+08:00' }).out.find((m) => m.chat === 'dm:zt_jz')!.text;
}

describe('a reply of thanks, a sticker or a contact', () => {
  it('stickers alone or with thanks: 收到', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    for (const text of ['[强]', '[抱拳][抱拳]', '[强][强] 收到', '谢谢[玫瑰]']) {
      const out = dm(text);
      expect(out).toMatch(/^收到。/);
      expect(out).not.toContain('没有找到');
    }
    // a picture is no sticker: what it shows cannot be read
    expect(dm('[图片]')).not.toMatch(/^收到/);
    expect(bot().store.pool.all()).toEqual([]);
  });

  it('a contact alone: 收到, nothing stored; a figure beside it is read', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    for (const text of ['经办人王丽娟 15823456789', '联系人：邓丽 023-77651234', '站长黄国富，电话13996018852', '胡晓燕（兼）/ 13812345678']) {
      const out = dm(text);
      expect(out).toMatch(/^收到。/);
      expect(out).not.toContain('没有找到');
    }
    expect(bot().store.pool.all()).toEqual([]);
    expect(dm('低保户数120户，经办人王丽娟 15823456789')).toContain('已记录');
  });
});
