import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_TEXT, say, startTestOnetable, type Booted } from '../support/boot.js';
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

describe('web channel page and admin console', () => {
  it('a lead posts a request in the channel page and sees the confirmation card', async () => {
    const page = await context.newPage();
    await page.goto(`${s.url}/?as=lead_mz`);
    await expect.poll(() => page.inputValue('#identity')).toBe('lead_mz');
    await page.fill('#text', REQUEST_TEXT);
    await page.press('#text', 'Enter');
    const card = page.locator('.card-request');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('.card-title').textContent()).toContain('已登记 r1');
    expect(await card.textContent()).toContain('民政局');
    // Names and texts are shown as text, never run as markup.
    await page.fill('#text', '<img src=x id=injected onerror="document.title=1">提醒');
    await page.press('#text', 'Enter');
    await page.locator('.bubble', { hasText: '<img src=x id=injected' }).waitFor();
    expect(await page.locator('#injected').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}channel.png`, fullPage: false });
    await page.setViewportSize({ width: 390, height: 780 });
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}channel-phone.png` });
    await page.close();
  });

  it('a staff member fills the ask form card and the value shows in the admin pool view', async () => {
    const page = await context.newPage();
    await page.goto(`${s.url}/?as=sq_shebao&view=dm`);
    const form = page.locator('form.card-ask').first();
    await form.waitFor({ timeout: 10_000 });
    await form.locator('input[name=dibao_households]').fill('120');
    await form.locator('input[name=tekun_persons]').fill('8');
    await form.locator('button[type=submit]').click();
    await page.locator('.msg.bot .bubble', { hasText: '已记录（石桥镇）' }).waitFor({ timeout: 10_000 });
    expect(s.onetable.store.pool.get('shiqiao', 'dibao_households', '2026-11')?.value).toBe(120);
    await page.screenshot({ path: `${ARTIFACTS}channel-dm.png` });

    await say(s, 'bs_shebao', 'dm', '低保户数 95，特困供养人数 6');
    await say(s, 'bs_shebao', 'dm', '更正：低保户数应为 96');
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#pool?ledger=social_assistance`);
    const cell = page.locator('.pool-table button.cell[data-unit=shiqiao][data-field=dibao_households]');
    await cell.waitFor();
    expect(await cell.locator('.value').textContent()).toBe('120户');
    expect(await cell.textContent()).toContain('唐雪');
    await page.locator('.pool-table button.cell[data-unit=baisha][data-field=dibao_households]').click();
    await page.locator('#pool-history li').nth(1).waitFor();
    expect(await page.locator('#pool-history li').first().textContent()).toContain('96户');
    await page.screenshot({ path: `${ARTIFACTS}pool.png`, fullPage: true });
    await page.close();
  });

  it('an admin sets an invalid plugin config, sees the error by field, then a valid one that applies', async () => {
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#plugins`);
    const web = page.locator('form[data-plugin=web]');
    await web.waitFor();
    await web.locator('input[name=pollMs]').fill('50');
    await web.locator('button[type=submit]').click();
    const error = web.locator('[data-error=pollMs]');
    await expect.poll(() => error.textContent()).toContain('100');
    expect(s.onetable.host.info('web')?.config.pollMs).toBeUndefined();

    await web.locator('input[name=pollMs]').fill('500');
    await web.locator('button[type=submit]').click();
    const saved = page.locator('form[data-plugin=web] .form-note');
    await expect.poll(() => saved.textContent()).toBe('已保存并生效');
    expect(await page.locator('form[data-plugin=web] [data-status]').getAttribute('data-status')).toBe('running');
    expect(s.onetable.host.info('web')?.config.pollMs).toBe(500);
    expect(s.onetable.store.plugins.get('web')?.config.pollMs).toBe(500);
    expect(await page.inputValue('form[data-plugin=web] input[name=pollMs]')).toBe('500');
    // Restarted with the new config, the channel still answers.
    expect((await fetch(`${s.url}/api/web/roster`)).status).toBe(200);
    await page.screenshot({ path: `${ARTIFACTS}plugins.png`, fullPage: true });
    await page.close();
  });

  it('the XLSX export of the pool view downloads and parses back with the same values', async () => {
    const page = await context.newPage();
    await signInAdmin(page, s.url);
    await page.goto(`${s.url}/admin#pool?ledger=social_assistance&period=2026-11`);
    await page.locator('#export-xlsx').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
    expect(download.suggestedFilename()).toMatch(/社会救助台账-2026-11\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('数据')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('单位');
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => { if (n > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1)); });
    const col = (label: string): number => header.findIndex((h) => String(h).startsWith(label));
    for (const [unit, name] of [['shiqiao', '石桥镇'], ['baisha', '白沙镇']] as const) {
      for (const [field, label] of [['dibao_households', '低保户数'], ['tekun_persons', '特困供养人数']] as const) {
        expect(rows.get(name)?.[col(label)]).toBe(s.onetable.store.pool.get(unit, field, '2026-11')?.value);
      }
    }
    expect(rows.get('白沙镇')?.[col('低保户数')]).toBe(96);
    const log = book.getWorksheet('填报记录')!;
    expect(String(log.getRow(2).getCell(5).value)).toMatch(/^2026-11-16 10:\d\d$/);
    await page.close();
  });
});
