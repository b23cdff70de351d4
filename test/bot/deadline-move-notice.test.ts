// DUE_MOVED_NOTICE / SUPERSEDED_DUE_DAY: a titled notice, however long, that names the old due day of an open request
// (原定…) and the day it is moved to (截止时间调整为 / 延长至…) moves that request's deadline; it opens no second request, is no
// repost that keeps the old day, and asks nothing new.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
beforeEach(() => {
  bot().send('lead_mz', 'channel', '民政：请各镇街11月30日前报送本月低保户数', { at: '2026-11-23T09:00:00+08:00' });
});

const moved = (text: string) => {
  const sent = bot().send('lead_mz', 'channel', text, { at: '2026-11-26T09:00:00+08:00' });
  const all = bot().store.requests.all();
  expect(all).toHaveLength(1);
  expect(all[0]!.deadline!.toISOString()).toBe(new Date('2026-12-05T23:59:59+08:00').toISOString());
  expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toContain('12月5日');
};

describe('a notice that moves a due day', () => {
  it('原定…前报送的…，截止时间调整为… moves the open request', () => {
    moved('关于延长11月低保数据报送时间的通知\n各镇街：\n因系统升级，原定11月30日前报送的本月低保户数，截止时间调整为12月5日。请各镇街按新的时间报送。');
  });

  it('原定于…截止的…，截止时间延长至… moves it too, and is no repost keeping the old day', () => {
    moved('【区民政局】关于调整低保数据报送时间的通知\n各镇街：\n原定于11月30日截止的低保户数报送工作，因部分镇街反映数据核对需要时间，经研究，截止时间延长至12月5日，请抓紧核对后按时报送。');
  });
});
