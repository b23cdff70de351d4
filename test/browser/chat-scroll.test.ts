// The chat page fills the window: only the message list scrolls, the composer stays in view, the list follows new
// messages unless the reader scrolled up (then a 新消息 pill), on a desktop window and on a phone.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOnetable, type Booted } from '../support/boot.js';
import { ARTIFACTS, inWindow, launchChromium, pageScrolls } from './browser.js';

let s: Booted;
let browser: Browser;

/** A line in the channel as if a member had said it (the page reads the store, not the bot). */
function addChannelLine(from: string, text: string): void {
  s.onetable.store.messages.add({ at: s.onetable.bot.deps.clock.now(), chat: { kind: 'channel' }, sender: from, text, card: null, replyTo: null, inboxSeq: null });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  s = await startTestOnetable();
  browser = await launchChromium();
  for (let i = 1; i <= 200; i++) addChannelLine(i % 2 ? 'sq_shebao' : 'bs_shebao', `第 ${i} 条：低保户数 ${100 + i}，特困供养人数 ${i % 9}`);
});

afterAll(async () => {
  await browser?.close();
  await s?.stop();
});

async function openChannel(width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
  await page.goto(`${s.url}/?as=lead_mz`);
  await expect.poll(() => page.locator('#timeline .msg').count(), { timeout: 10_000 }).toBe(200);
  return page;
}

const lastLineInView = (page: Page): Promise<boolean> => inWindow(page, '#timeline .msg:last-child');

describe('chat page with 200 messages', () => {
  for (const [width, height] of [[1280, 900], [375, 740]] as const) {
    it(`at ${width}×${height} the composer and the newest message are in view and only the list scrolls`, async () => {
      const page = await openChannel(width, height);
      expect(await inWindow(page, '#text')).toBe(true);
      expect(await inWindow(page, '#composer button[type=submit]')).toBe(true);
      await expect.poll(() => lastLineInView(page)).toBe(true);
      expect(await pageScrolls(page)).toBe(false);
      expect(await page.locator('#new-messages').isVisible()).toBe(false);
      await page.screenshot({ path: `${ARTIFACTS}chat-200-${width}.png` });
      await page.close();
    });
  }

  it('follows a new message at the bottom; after the reader scrolls up it shows a 新消息 pill instead, which brings them down', async () => {
    const page = await openChannel(375, 740);
    addChannelLine('lf_shebao', '龙凤镇：低保户数 88');
    await page.locator('#timeline .msg', { hasText: '龙凤镇：低保户数 88' }).waitFor();
    await expect.poll(() => lastLineInView(page)).toBe(true);

    await page.$eval('#timeline', (el) => el.scrollTo({ top: 0 }));
    await expect.poll(() => page.$eval('#timeline', (el) => el.scrollTop)).toBe(0);
    addChannelLine('cn_shebao', '城南街道：低保户数 61');
    const pill = page.locator('#new-messages');
    await pill.waitFor({ state: 'visible' });
    expect(await pill.textContent()).toContain('新消息');
    expect(await page.$eval('#timeline', (el) => el.scrollTop)).toBe(0);
    expect(await lastLineInView(page)).toBe(false);
    expect(await inWindow(page, '#text')).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}chat-new-messages-pill.png` });

    await pill.click();
    await expect.poll(() => lastLineInView(page)).toBe(true);
    expect(await pill.isVisible()).toBe(false);
    await page.close();
  });
});
