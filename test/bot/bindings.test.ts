// A stranger on a platform asks to be bound (绑定 姓名); only the request an admin confirms by its code is bound.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();

const codeIn = (text: string): string => /申请码 ([A-Z0-9]{4})/.exec(text)![1]!;

describe('binding a platform account to a roster member', () => {
  it('asks the admin to confirm by code, binds only that account, and the member can then report', () => {
    const asked = bot().send('ou_real', 'dm', '绑定 胡晓燕', { platform: 'lark' });
    const notice = asked.out.find((m) => m.chat === 'channel')!;
    expect(notice.text).toContain('胡晓燕');
    const code = codeIn(notice.text);
    expect(asked.out.find((m) => m.chat.startsWith('dm:?lark'))!.text).toContain(code);

    // Someone else asks for the same name: a second code; confirming by name is now ambiguous.
    const impostor = codeIn(bot().send('ou_fake', 'dm', '绑定 胡晓燕', { platform: 'lark' }).out.find((m) => m.chat === 'channel')!.text);
    expect(impostor).not.toBe(code);
    expect(bot().send('admin', 'dm', '确认绑定 胡晓燕').out[0]!.text).toContain('请按群里通知中的申请码确认');
    expect(bot().store.roster.memberByIdentity('lark', 'ou_real')).toBeNull();

    expect(bot().send('admin', 'dm', `确认绑定 ${code}`).out[0]!.text).toContain('已确认绑定：胡晓燕');
    expect(bot().store.roster.memberByIdentity('lark', 'ou_real')).toBe('zt_jz');
    expect(bot().store.roster.memberByIdentity('lark', 'ou_fake')).toBeNull();
    expect(bot().store.audit.list({ action: 'identity.bind' })[0]).toMatchObject({ actor: 'admin', subject: 'zt_jz' });

    // Bound: the same account is now the member, not a stranger.
    expect(bot().send('ou_real', 'dm', '帮助', { platform: 'lark' }).out[0]!.chat).toBe('dm:zt_jz');
  });

  it('a repeated request keeps its code and posts no second notice; staff cannot confirm', () => {
    const first = bot().send('ou_x', 'dm', '绑定 胡晓燕', { platform: 'lark' });
    const again = bot().send('ou_x', 'dm', '绑定 胡晓燕', { platform: 'lark' });
    expect(again.out.filter((m) => m.chat === 'channel')).toEqual([]);
    const code = codeIn(first.out.find((m) => m.chat === 'channel')!.text);
    expect(again.out[0]!.text).toContain(code);
    expect(bot().send('zt_jz', 'dm', `确认绑定 ${code}`).out[0]!.text).toContain('只有管理员');
    expect(bot().store.roster.memberByIdentity('lark', 'ou_x')).toBeNull();
  });

  it('an unknown name gets a clear answer and no notice', () => {
    const sent = bot().send('ou_y', 'dm', '绑定 不存在的人', { platform: 'lark' });
    expect(sent.out.map((m) => m.chat)).toEqual(['dm:?lark:ou_y']);
    expect(sent.out[0]!.text).toContain('名册里没有');
  });
});
