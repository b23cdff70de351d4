// Tells the admins something about WeChat through every other channel (Lark, the web console's DM threads),
// never through WeChat itself: a "WeChat is down" note queued for WeChat would only arrive after it is back.
import type { ChatAdapter, PluginContext } from '../../src/plugins/define.js';

export function alertAdminsElsewhere(ctx: Pick<PluginContext, 'roster' | 'outbound'>, adapter: ChatAdapter, text: string): string[] {
  const admins = ctx.roster.snapshot().members.filter((m) => m.role === 'admin');
  for (const admin of admins) ctx.outbound.say({ kind: 'dm', memberId: admin.id }, { text }, { except: [adapter.platform] });
  return admins.map((a) => a.id);
}
