import type { StartOptions } from '../../runtime.js';

/** What the core hands to its own routes (store, bot, plugin host, settings, admin token). */
export type Core = Parameters<NonNullable<StartOptions['extend']>>[1];

/** Who the audit log names for changes made through the console or the admin API. */
export const ADMIN_ACTOR = 'admin-console';
