import { z } from 'zod';
import { dayKey } from '../../src/bot/collect.js';
import { nextCronTime } from '../../src/schedule/cron-expr.js';
import { definePlugin } from '../../src/plugins/define.js';
import {
  closeCollections, escalate, nextCloseDue, nextDeadlineDue, nextReminderDue, postDigest, sendReminders, sendTodos,
} from './jobs.js';

/** The daily digest, personal to-dos, reminders and escalation. Times come from the bot's settings. */
export default definePlugin({
  name: 'digest',
  title: '每日汇总与提醒',
  description: '每天定时在群里发汇总；工作日早上私信待办；截止前提醒；逾期后告知发布需求的负责人。',
  config: z.object({
    catchUp: z.boolean().default(true).meta({ title: '补发错过的汇总', description: '服务重启时若错过了当天的汇总，当天补发' }),
  }),
  replay: true,
  setup(ctx, config) {
    const deps = ctx.bot.deps;
    const settings = ctx.settings;
    const run = (fn: () => void): void => ctx.store.transaction(fn);
    ctx.schedule({ name: 'digest', cron: settings().digestCron, run: (at) => run(() => void postDigest(deps, at)) });
    ctx.schedule({ name: 'todo', cron: settings().todoCron, run: (at) => run(() => void sendTodos(deps, at)) });
    ctx.schedule({ name: 'remind', nextDue: (after) => nextReminderDue(deps, after), run: (at) => run(() => void sendReminders(deps, at)) });
    ctx.schedule({ name: 'escalate', nextDue: (after) => nextDeadlineDue(deps, after), run: (at) => run(() => void escalate(deps, at)) });
    ctx.schedule({ name: 'close', nextDue: (after) => nextCloseDue(deps, after), run: (at) => run(() => closeCollections(deps, at)) });
    if (config.catchUp && !ctx.replay) {
      // Down at digest time: post today's digest now, the same day only (the key is per local day).
      const now = ctx.clock.now();
      const startOfDay = new Date(now.getTime() - 24 * 3600_000);
      const due = nextCronTime(settings().digestCron, startOfDay, settings().timezone);
      if (due && due <= now && dayKey(deps, due) === dayKey(deps, now)) run(() => void postDigest(deps, now));
    }
  },
});
