// The console's 台账 tab (define a standing ledger, see its next round) and 目录 (the catalogue: which ledger keeps
// each dictionary field), in real headless Chromium.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOnetable, type Booted } from '../support/boot.js';
import { ARTIFACTS, openDesktop, signInAdmin } from './browser.js';

let s: Booted;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  s = await startTestOnetable();
  ({ browser, context } = await openDesktop());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await s?.stop();
});

describe('console: standing ledgers and the catalogue', () => {
  it('an admin defines a monthly ledger and sees when its first round opens; a bad one is refused by field', async () => {
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#ledgers`);
    const form = page.locator('#ledger-form');
    await form.waitFor();
    expect(await page.locator('#ledger-list').textContent()).toContain('还没有台账');

    // No name: refused, the error beside the name input, nothing saved.
    await form.locator('input[name=id]').fill('aid-monthly');
    await form.locator('select[name=fields]').selectOption(['dibao_households', 'tekun_persons']);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[data-error=name]').textContent()).not.toBe('');
    expect(s.onetable.store.standingLedgers.all()).toEqual([]);

    await form.locator('input[name=name]').fill('社会救助月报');
    await form.locator('select[name=department]').selectOption('minzheng');
    await form.locator('select[name=cadence]').selectOption('monthly');
    await form.locator('input[name=due]').fill('5');
    await form.locator('button[type=submit]').click();
    const card = page.locator('details.ledger[data-ledger=aid-monthly]');
    await card.waitFor({ timeout: 10_000 });
    const summary = await card.locator('summary').textContent();
    expect(summary).toContain('社会救助月报');
    expect(summary).toContain('民政局 · 每月');
    // The test clock is Monday 2026-11-16: November's round opens on Tuesday 1 December at 09:00.
    expect(summary).toContain('下一期 2026年11月（2026-12-01 09:00 发起）');
    const saved = s.onetable.store.standingLedgers.get('aid-monthly');
    expect(saved).toMatchObject({ department: 'minzheng', cadence: 'monthly', due: 5, fields: ['dibao_households', 'tekun_persons'], targets: null });
    await page.screenshot({ path: `${ARTIFACTS}ledgers.png`, fullPage: true });

    // A department's export layout, saved from the same tab: its own order and labels.
    const layout = page.locator('#layout-form');
    await layout.locator('select[name=department]').selectOption('minzheng');
    await layout.locator('input[name=name]').fill('民政月报格式');
    await layout.locator('textarea[name=columns]').fill('tekun_persons=特困人数\ndibao_households');
    await layout.locator('button[type=submit]').click();
    await page.locator('#layout-list .card', { hasText: '民政局 · 民政月报格式' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('#layout-list .card').first().textContent()).toContain('特困人数 | 低保户数');
    expect(s.onetable.store.exportLayouts.all()[0]?.columns).toEqual([{ field: 'tekun_persons', label: '特困人数' }, { field: 'dibao_households', label: '' }]);

    await page.locator('details.ledger[data-ledger=aid-monthly] summary').click();
    await page.locator('details.ledger[data-ledger=aid-monthly] button', { hasText: '暂停' }).click();
    await page.locator('details.ledger[data-ledger=aid-monthly] .pill', { hasText: '已暂停' }).waitFor();
    expect(s.onetable.store.standingLedgers.get('aid-monthly')?.status).toBe('paused');
    await page.close();
  });

  it('the catalogue lists the dictionary with the ledger that keeps each field, and finds 低保', async () => {
    s.onetable.store.standingLedgers.setStatus('aid-monthly', 'active');
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#catalogue`);
    const search = page.locator('#catalogue-search');
    await search.waitFor();
    await search.fill('低保');
    const row = page.locator('#catalogue-rows tr[data-field=dibao_households]');
    await row.waitFor();
    expect(await row.locator('.kept').textContent()).toBe('社会救助月报（民政局，每月）');
    // Every row shown matches the search; a field no ledger keeps says so.
    const labels = await page.locator('#catalogue-rows tr td:first-child').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/低保|最低生活保障/);
    await search.fill('医保');
    const other = page.locator('#catalogue-rows tr').first();
    await other.waitFor();
    expect(await other.locator('.kept').textContent()).toBe('—');
    await page.screenshot({ path: `${ARTIFACTS}catalogue.png`, fullPage: true });
    await page.close();
  });
});
