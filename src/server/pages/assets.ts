// The pages' static files (plain CSS and browser JS, no build step), read once at start.
import { readFileSync } from 'node:fs';

const read = (name: string): string => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

export const ASSETS: Record<string, { body: string; type: string }> = {
  'style.css': { body: read('style.css'), type: 'text/css; charset=utf-8' },
  'dom.js': { body: read('dom.js'), type: 'text/javascript; charset=utf-8' },
  'channel.js': { body: read('channel.js'), type: 'text/javascript; charset=utf-8' },
  'admin.js': { body: read('admin.js'), type: 'text/javascript; charset=utf-8' },
  'admin-ledgers.js': { body: read('admin-ledgers.js'), type: 'text/javascript; charset=utf-8' },
  'favicon.svg': { body: read('favicon.svg'), type: 'image/svg+xml' },
};
