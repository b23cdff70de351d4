// Headless Debian chromium through playwright-core.
import { chromium, type Browser, type Page } from 'playwright-core';
import { ADMIN_TOKEN } from '../server/start-onetable.js';

export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Signs in through the console's login form (the cookie it sets is HttpOnly). */
export async function signInAdmin(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin`);
  if ((await page.locator('input[name=token]').count()) === 0) return; // the context is signed in already
  await page.fill('input[name=token]', ADMIN_TOKEN);
  await Promise.all([page.waitForURL(`${url}/admin`), page.click('button[type=submit]')]);
  await page.waitForSelector('#tabs a.active');
}
