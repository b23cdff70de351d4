// Tells the admins something about WeChat through every other channel (Lark, the web console's DM threads),
// never through WeChat itself: a "WeChat is down" note queued for WeChat would only arrive after it is back.
import type { Bot } from '../../src/bot/engine.js';
import type { ChatAdapter } from '../../src/chat/contract.js';

export function alertAdminsElsewhere(bot: Bot, adapter: ChatAdapter, text: string): string[] {
  const admins = bot.store.roster.snapshot().members.filter((m) => m.role === 'admin');
  for (const admin of admins) bot.outbound.say({ kind: 'dm', memberId: admin.id }, { text }, { except: [adapter.platform] });
  return admins.map((a) => a.id);
}
