import type { PluginState } from '../../src/plugins/define.js';

const KEY = 'p2p';

/** open_id → the p2p chat id of their DM with the bot, kept in the plugin's state (sends go by open_id; this is for admins and audits). */
export class P2pChats {
  private known: Record<string, string>;

  constructor(private readonly state: PluginState) {
    const saved = state.get<Record<string, string>>(KEY);
    this.known = saved && typeof saved === 'object' ? { ...saved } : {};
  }

  remember(openId: string, chatId: string): void {
    if (this.known[openId] === chatId) return;
    this.known = { ...this.known, [openId]: chatId };
    this.state.set(KEY, this.known);
  }

  chatOf(openId: string): string | undefined {
    return this.known[openId];
  }
}
