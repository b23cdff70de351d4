// The console with a personal field: the pool view shows its values masked, and its export asks what the file is for
// (cancelled: nothing downloads; answered: the file holds the values and the audit keeps the purpose).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, say, startTestOnetable, type Booted } from '../support/boot.js';
import { openDesktop, signInAdmin } from './browser.js';

const PHONE = '13812345678';
let s: Booted;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  s = await startTestOnetable();
  const put = await fetch(`${s.url}/api/admin/fields/grid_phone`, {
    method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ label: '网格员联系电话', type: 'text', ledger: 'social_assistance' }),
  });
  expect(put.status).toBe(200);
  await say(s, 'lead_mz', 'channel', '【区民政局】石桥镇、白沙镇：请于11月25日前报送本月低保户数、网格员联系电话。');
  await say(s, 'sq_shebao', 'dm', `低保户数 162\n网格员联系电话：${PHONE}`);
  ({ browser, context } = await openDesktop());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await s?.stop();
});

describe('the console and a personal field', () => {
  it('masks the value in the pool view and downloads it in full only after a purpose is given', async () => {
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#pool?ledger=social_assistance&period=2026-11`);
    await page.locator('#export-csv').waitFor();
    await page.locator('text=138****5678').waitFor();
    expect(await page.content()).not.toContain(PHONE);

    let downloads = 0;
    page.on('download', () => void downloads++);
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#export-csv');
    // Cancelled: the page stays on the pool view (no refused request was opened in its place).
    expect(page.url()).toContain('#pool');
    await page.locator('text=138****5678').waitFor();

    page.once('dialog', (d) => void d.accept('网格员花名册核对'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain(PHONE);
    const entries = s.onetable.store.audit.list({ action: 'personal.export' });
    expect(entries).toHaveLength(1);
    expect(downloads).toBe(1);
    expect(entries[0]).toMatchObject({ subject: 'ledger:social_assistance/2026-11', detail: { purpose: '网格员花名册核对', fields: ['grid_phone'] } });
    await page.close();
  });
});
