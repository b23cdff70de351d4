// Details a reader sees at once: the DM badge, the console's progress bars, the favicon, role labels, every tab.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say, startTestOnetable, type Booted } from '../support/boot.js';
import { ARTIFACTS, greenShare, launchChromium, signInAdmin } from './browser.js';

let s: Booted;
let browser: Browser;
let context: BrowserContext;
/** Every response of 400 or more and every failed request any page of the context made. */
const failures: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  s = await startTestOnetable();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  context.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
  // Requests cut short by leaving a page (the event stream, a tab's fetch) are not failures.
  context.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${r.url()}`); });

  await say(s, 'lead_mz', 'channel', '【区民政局】石桥镇、白沙镇、龙凤镇、城南街道：请于11月25日前报送本月低保户数。');
  await say(s, 'sq_shebao', 'dm', '低保户数 120');
  await say(s, 'bs_shebao', 'dm', '低保户数 95');
  await say(s, 'lead_cl', 'channel', '【区残联】石桥镇、白沙镇、龙凤镇、河东街道：请于11月26日前报送本月持证残疾人数。');
  await say(s, 'lead_yb', 'channel', '【区医保局】石桥镇、白沙镇：请于11月27日前报送本月医疗救助人次。');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await s?.stop();
});

async function openChannel(as: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${s.url}/?as=${as}`);
  await expect.poll(() => page.inputValue('#identity')).toBe(as);
  return page;
}

describe('the chat page', () => {
  it('shows the DM badge only while a bot DM is unread', async () => {
    const page = await openChannel('lead_yb');
    await page.locator('#timeline .msg').first().waitFor();
    const badge = page.locator('#dm-badge');
    expect(await badge.isVisible()).toBe(false);

    s.onetable.store.messages.add({ at: s.onetable.bot.deps.clock.now(), chat: { kind: 'dm', memberId: 'lead_yb' }, sender: 'bot', text: '您好，这是一条私信。', card: null, replyTo: null, inboxSeq: null });
    await badge.waitFor({ state: 'visible' });
    expect(await badge.textContent()).toBe('1');
    await page.screenshot({ path: `${ARTIFACTS}tab-channel.png` });

    await page.click('.chat-tabs button[data-view=dm]');
    await page.locator('#timeline .bubble', { hasText: '这是一条私信' }).waitFor();
    expect(await badge.isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}tab-dm.png` });
    await page.close();
  });

  it('empties the ask card once sent, so a later correction in words leaves no stale figure on it', async () => {
    const page = await context.newPage();
    await page.goto(`${s.url}/?as=sq_shebao&view=dm`);
    const form = page.locator('form.card-ask', { hasText: '医疗救助人次' }).first();
    await form.waitFor({ timeout: 10_000 });
    const input = form.locator('input[name=medical_aid_times]');
    await input.fill('35');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => s.onetable.store.pool.get('shiqiao', 'medical_aid_times', '2026-11')?.value).toBe(35);
    await say(s, 'sq_shebao', 'dm', '更正：医疗救助人次应为36');
    expect(s.onetable.store.pool.get('shiqiao', 'medical_aid_times', '2026-11')?.value).toBe(36);
    expect(await input.inputValue()).toBe('');
    expect(await form.locator('.form-note').textContent()).toContain('已提交：医疗救助人次 35');
    await page.screenshot({ path: `${ARTIFACTS}ask-card-after-correction.png` });
    await page.close();
  });

  it('labels each member by the level of their unit: a village clerk is not 镇街工作人员', async () => {
    const page = await openChannel('qs_wenshu');
    const option = (id: string) => page.locator(`#identity option[value=${id}]`).textContent();
    expect(await option('qs_wenshu')).toBe('王桂兰（青山村 · 村工作人员）');
    expect(await option('jj_shequ')).toBe('方静（金鸡社区 · 社区工作人员）');
    expect(await option('sq_shebao')).toBe('唐雪（石桥镇 · 镇街工作人员）');
    await page.close();
  });
});

describe('the admin console', () => {
  it('draws a 0/4 progress bar empty and a 2/4 bar half full', async () => {
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#collections`);
    const summaries = page.locator('details.collection summary');
    await summaries.first().waitFor();
    // The codes the bot and the console use are explained where they appear.
    expect(await page.locator('#code-legend').textContent()).toMatch(/r 开头的是需求编号.*c 开头的是汇总编号/);
    // The console may draw the tab twice (the sign-in page, then the hash): a bar is found by what its row says and
    // measured again if a redraw replaced it mid-screenshot, so only a wrongly drawn bar fails.
    const bar = (field: string, progress: string) =>
      summaries.filter({ hasText: field }).filter({ hasText: progress }).first().locator('.progress progress');
    const WAIT = { timeout: 20_000, interval: 200 };
    const shareOf = (field: string, progress: string) => () => greenShare(bar(field, progress)).catch(() => Number.NaN);
    await expect.poll(shareOf('持证残疾人数', '0/4'), WAIT).toBeLessThan(0.05);
    await expect.poll(shareOf('低保户数', '2/4'), WAIT).toBeGreaterThan(0.4);
    await expect.poll(shareOf('低保户数', '2/4'), WAIT).toBeLessThan(0.6);
    await page.close();
  });

  it('every tab draws without a failed request, and the favicon is served', async () => {
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    const tabs = await page.locator('#tabs a').evaluateAll((links) => links.map((a) => a.getAttribute('data-tab') ?? ''));
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const tab of tabs) {
      await page.click(`#tabs a[data-tab=${tab}]`);
      await page.locator(`#view[data-shown=${tab}] .panel`).first().waitFor();
      expect(await page.locator('#view .error').count(), tab).toBe(0);
      await page.screenshot({ path: `${ARTIFACTS}tab-admin-${tab}.png`, fullPage: true });
    }
    const icon = await fetch(`${s.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\//);
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBeTruthy();
    expect(failures).toEqual([]);
    await page.close();
  });
});
