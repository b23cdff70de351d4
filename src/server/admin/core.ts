import type { Dispatcher } from '../../bot/dispatcher.js';
import type { Bot } from '../../bot/engine.js';
import type { Settings } from '../../bot/settings.js';
import type { Config } from '../../config.js';
import type { PluginHost } from '../../plugins/host.js';
import type { SecretBox } from '../../store/secret-box.js';
import type { Store } from '../../store/store.js';

/** What the core hands to its own routes (store, bot, plugin host, settings, admin token). */
export interface Core {
  config: Config;
  store: Store;
  bot: Bot;
  host: PluginHost;
  settings: () => Settings;
  updateSettings(patch: Record<string, unknown>): Settings;
  dispatcher: Dispatcher;
  adminToken: string;
  /** Seals plugin secrets before they are stored (the key is kept outside the database). */
  secrets: SecretBox;
}

/** Who the audit log names for changes made through the console or the admin API. */
export const ADMIN_ACTOR = 'admin-console';
