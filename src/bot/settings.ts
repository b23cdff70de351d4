import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Settings an admin can change at run time; replay scenarios may override any of them. */
export const settingsSchema = z.object({
  timezone: z.string().default('Asia/Shanghai'),
  botName: z.string().min(1).default('一表通'),
  /** Daily digest to the channel. */
  digestCron: z.string().default('0 18 * * *'),
  /** On a day with nothing to report: `line` posts one line, `skip` posts nothing. */
  quietDigest: z.enum(['line', 'skip']).default('line'),
  /** Personal to-do DMs each working morning. */
  todoCron: z.string().default('0 9 * * *'),
  /** Remind members still missing fields this long before the deadline. */
  reminderLeadMinutes: z.number().int().min(0).max(7 * 24 * 60).default(240),
  quietHours: z.object({ start: clockTime, end: clockTime }).default({ start: '21:00', end: '08:00' }),
  /** ISO weekdays that are working days (1 = Monday). */
  workdays: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  holidays: z.array(localDate).default([]),
  makeupWorkdays: z.array(localDate).default([]),
  /** Minutes one answered ask costs a staff member: the digest's time-saved figure. */
  minutesPerAsk: z.number().min(0).max(24 * 60).default(15),
  /** Where people reach this server (https://yibiaotong.example.gov.cn): links the bot posts are absolute on it. */
  publicUrl: z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, '应为 http:// 或 https:// 开头的网址').optional(),
  /**
   * Local times on working days at which each member's waiting asks, reminders and to-do go out together in one
   * message. Empty: every ask goes out at once. A string "09:00,14:00" (an environment variable) is read as a list.
   */
  askBatches: z.preprocess(
    (v) => (typeof v === 'string' ? (/^(off|none|)$/i.test(v.trim()) ? [] : v.split(/[,，\s]+/).filter(Boolean)) : v),
    z.array(clockTime).max(6),
  ).default(['09:00', '14:00']),
  /** An ask goes out at once when waiting for the next batch would leave less working time than this before its deadline. */
  askMarginHours: z.number().min(0).max(72).default(4),
  /**
   * Messages the bot may start to one member on one working day (issue 15: at most two). An ask that cannot wait once
   * a member has had them waits for the next day's first batch, and the lead hears it and may say 加急 rN.
   */
  dailyMessageCap: z.number().int().min(1).max(10).default(2),
  /** Office hours on working days: the working time the ask margin counts. */
  workingHours: z.object({ start: clockTime, end: clockTime }).default({ start: '08:30', end: '17:30' }),
  /** Days a request without a deadline keeps its collection open. */
  openDaysWithoutDeadline: z.number().int().min(1).max(365).default(7),
  /** Admission (准入): under `review`, a request for items outside the catalogue waits for an admin's approval. */
  admission: z.enum(['open', 'review']).default('open'),
});

export type Settings = z.infer<typeof settingsSchema>;

export function resolveSettings(...layers: Array<Record<string, unknown> | undefined>): Settings {
  return settingsSchema.parse(Object.assign({}, ...layers.filter(Boolean)));
}
