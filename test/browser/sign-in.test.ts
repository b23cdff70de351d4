// The web channel for staff (demo off): the page asks for a sign-in code, a link with the code signs in, and the
// member then speaks as themselves with no identity to switch; the demo says it is one.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, bootOnetable, startTestOnetable, type Booted } from '../support/boot.js';
import { launchChromium } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the channel page', () => {
  it('outside the demo asks for a code; the admin’s link signs the member in as themselves', async () => {
    const s: Booted = await bootOnetable({ env: { ONETABLE_DEMO: 'off', ONETABLE_ROSTER: 'data/demo/roster.json' }, listen: true });
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`${s.url}/`);
      await page.waitForSelector('#sign-in:not([hidden])');
      expect(await page.locator('#composer').isHidden()).toBe(true);
      await page.fill('#sign-in input[name=code]', 'WRONGCODE1');
      await page.click('#sign-in button[type=submit]');
      await expect.poll(() => page.textContent('#sign-in-error')).toMatch(/登录码不正确/);

      const res = await s.request('/api/admin/members/sq_shebao/sign-in-code', { method: 'POST', headers: adminHeaders() });
      const { link } = await res.json() as { link: string };
      await page.goto(link);
      await expect.poll(() => page.inputValue('#identity')).toBe('sq_shebao');
      expect(await page.locator('#identity').isDisabled()).toBe(true);
      expect(page.url()).not.toContain('code=');
      expect(await page.locator('#demo-note').isHidden()).toBe(true);
      await page.fill('#text', '@一表通 你好');
      await page.press('#text', 'Enter');
      await expect.poll(() => page.locator('.msg.mine').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
      await s.stop();
    }
  });

  it('in the demo keeps the identity switch and says it is a demo', async () => {
    const s = await startTestOnetable();
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`${s.url}/`);
      await page.waitForSelector('#demo-note:not([hidden])');
      expect(await page.locator('#identity').isDisabled()).toBe(false);
      expect(await page.textContent('#demo-note')).toContain('演示模式');
    } finally {
      await context.close();
      await s.stop();
    }
  });
});
