// Tells the admins something about WeChat through every other channel (Lark, the web console's DM threads),
// never through WeChat itself: a "WeChat is down" note queued for WeChat would only arrive after it is back.
import type { Bot } from '../../src/bot/engine.js';
import type { ChatAdapter } from '../../src/chat/contract.js';

export function alertAdminsElsewhere(bot: Bot, adapter: ChatAdapter, text: string): string[] {
  const admins = bot.store.roster.snapshot().members.filter((m) => m.role === 'admin');
  const outbound = bot.outbound;
  const attached = outbound.adapter(adapter.platform) === adapter;
  // Detach and re-attach synchronously: nothing else can queue in between, and WeChat gets no copy.
  if (attached) outbound.detach(adapter.platform);
  try {
    for (const admin of admins) outbound.say({ kind: 'dm', memberId: admin.id }, { text });
  } finally {
    if (attached) outbound.attach(adapter);
  }
  return admins.map((a) => a.id);
}
