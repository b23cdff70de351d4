// Headless Debian chromium through playwright-core.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ADMIN_TOKEN } from '../support/boot.js';

// The page's globals, for the functions below that run inside the browser (the project compiles without the DOM lib).
declare const window: { innerWidth: number; innerHeight: number };
declare const document: {
  documentElement: { scrollHeight: number; scrollWidth: number };
  createElement(tag: 'canvas'): {
    width: number; height: number;
    getContext(kind: '2d'): { drawImage(img: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
  };
};
declare const Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };

export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh Chromium with one desktop window (1100×860, Chinese locale, downloads allowed), as an admin sees the console. */
export async function openDesktop(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1100, height: 860 }, acceptDownloads: true, locale: 'zh-CN' });
  return { browser, context };
}

/** Signs in through the console's login form (the cookie it sets is HttpOnly). */
export async function signInAdmin(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin`);
  if ((await page.locator('input[name=token]').count()) === 0) return; // the context is signed in already
  await page.fill('input[name=token]', ADMIN_TOKEN);
  await Promise.all([page.waitForURL(`${url}/admin`), page.click('button[type=submit]')]);
  await page.waitForSelector('#tabs a.active');
}

/**
 * The share of an element's middle row drawn in a green fill (the console's --ok colour), read from a real
 * screenshot decoded on a blank page's canvas: what a reader sees, whatever CSS draws it.
 */
export async function greenShare(element: Locator): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  const blank = await element.page().context().newPage();
  try {
    return await blank.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const row = g.getImageData(0, Math.floor(img.height / 2), img.width, 1).data;
      let green = 0;
      for (let x = 0; x < img.width; x++) {
        const [r, gr, b] = [row[x * 4]!, row[x * 4 + 1]!, row[x * 4 + 2]!];
        if (gr > r + 50 && gr > b + 30) green++;
      }
      return green / img.width;
    }, png);
  } finally {
    await blank.close();
  }
}

/** Whether the element lies wholly inside the window. */
export function inWindow(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });
}

/** Whether the page itself scrolls, down or sideways (rather than a list inside it). */
export function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth);
}
