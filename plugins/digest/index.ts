import { z } from 'zod';
import { definePlugin, nextCronTime } from '../../src/plugins/define.js';
import { escalate, nextDeadlineDue, nextReminderDue, postDigest, sendReminders, sendTodos } from './jobs.js';

/** The daily digest, personal to-dos, reminders and escalation. Times come from the bot's settings. */
export default definePlugin({
  name: 'digest',
  title: '每日汇总与提醒',
  description: '每天定时在群里发汇总；工作日早上私信待办；截止前提醒；逾期后告知发布需求的负责人。',
  config: z.object({
    catchUp: z.boolean().default(true).meta({ title: '补发错过的汇总', description: '服务重启时若错过了当天的汇总，当天补发' }),
  }),
  replay: true,
  restartOnSettings: true,
  setup(ctx, config) {
    const settings = ctx.settings;
    const run = (fn: () => void): void => ctx.transaction(fn);
    ctx.schedule({ name: 'digest', cron: settings().digestCron, run: (at) => run(() => void postDigest(ctx, at)) });
    // With ask batches on, the to-do and reminders travel in each member's batch (at most one message per batch time).
    if (!settings().askBatches.length) {
      ctx.schedule({ name: 'todo', cron: settings().todoCron, run: (at) => run(() => void sendTodos(ctx, at)) });
      ctx.schedule({ name: 'remind', nextDue: (after) => nextReminderDue(ctx, after), run: (at) => run(() => void sendReminders(ctx, at)) });
    }
    ctx.schedule({ name: 'escalate', nextDue: (after) => nextDeadlineDue(ctx, after), run: (at) => run(() => void escalate(ctx, at)) });
    ctx.schedule({ name: 'close', nextDue: (after) => ctx.collections.nextClosing(after), run: (at) => run(() => ctx.collections.closeDue(at)) });
    if (config.catchUp && !ctx.replay) {
      // Down at digest time: post today's digest now, the same day only (the key is per local day).
      const now = ctx.clock.now();
      const startOfDay = new Date(now.getTime() - 24 * 3600_000);
      const due = nextCronTime(settings().digestCron, startOfDay, settings().timezone);
      if (due && due <= now && ctx.collections.day(due) === ctx.collections.day(now)) run(() => void postDigest(ctx, now));
    }
  },
});
