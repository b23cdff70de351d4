import type { Store } from '../../src/store/store.js';

const KEY = 'lark.p2p';

/** open_id → the p2p chat id of their DM with the bot, kept in the store (sends go by open_id; this is for admins and audits). */
export class P2pChats {
  private known: Record<string, string>;

  constructor(private readonly store: Store) {
    const saved = store.settings.all()[KEY];
    this.known = saved && typeof saved === 'object' ? { ...(saved as Record<string, string>) } : {};
  }

  remember(openId: string, chatId: string): void {
    if (this.known[openId] === chatId) return;
    this.known = { ...this.known, [openId]: chatId };
    this.store.settings.set(KEY, this.known);
  }

  chatOf(openId: string): string | undefined {
    return this.known[openId];
  }
}
