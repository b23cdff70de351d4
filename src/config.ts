// Process configuration: environment variables (see .env.example) plus an optional JSON config file, checked with zod.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { settingsSchema } from './bot/settings.js';
import { bracketPath } from './issues.js';
import { MIN_TOKEN_LENGTH } from './http/tokens.js';

const port = z.coerce.number().int().min(0).max(65535);

export const configSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: port.default(8787),
  /** Host names (besides IP addresses and localhost) the server answers to, e.g. behind a proxy; PUBLIC_URL's is added. */
  hosts: z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.string().regex(/^[A-Za-z0-9.-]+$/, 'expected host names separated by commas'))).default([]),
  database: z.string().min(1).default('data/onetable.db'),
  roster: z.string().optional(),
  demo: z.enum(['on', 'off']).default('on'),
  adminToken: z.string().trim().min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (not counting spaces)`).optional(),
  webToken: z.string().trim().min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (not counting spaces)`).optional(),
  /** Key that seals plugin secrets saved from the console (default: a key file beside the database). */
  secretKey: z.string().trim().min(32, 'must be at least 32 characters').optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  bodyLimitBytes: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  rateLimitPerMinute: z.coerce.number().int().min(1).max(100_000).default(600),
  /** Where inbound messages are processed: a worker thread (HTTP only stores and answers) or the server's own thread. */
  processing: z.enum(['worker', 'inline']).default('worker'),
  settings: settingsSchema.partial().default({}),
});

export type Config = z.infer<typeof configSchema>;

/** Which environment variable sets each config key (error messages name the variable). */
const ENV: Record<string, string> = {
  host: 'HOST', hosts: 'ONETABLE_HOSTS', port: 'PORT', database: 'ONETABLE_DB', roster: 'ONETABLE_ROSTER', demo: 'ONETABLE_DEMO',
  adminToken: 'ONETABLE_ADMIN_TOKEN', webToken: 'ONETABLE_WEB_TOKEN', secretKey: 'ONETABLE_SECRET_KEY', logLevel: 'LOG_LEVEL',
  bodyLimitBytes: 'ONETABLE_BODY_LIMIT', rateLimitPerMinute: 'ONETABLE_RATE_LIMIT', processing: 'ONETABLE_PROCESSING',
};
const SETTINGS_ENV: Record<string, string> = {
  timezone: 'TZ_NAME', botName: 'BOT_NAME', digestCron: 'DIGEST_CRON', todoCron: 'TODO_CRON',
  minutesPerAsk: 'MINUTES_PER_ASK', reminderLeadMinutes: 'REMINDER_LEAD_MINUTES', publicUrl: 'PUBLIC_URL',
  askBatches: 'ASK_BATCHES', askMarginHours: 'ASK_MARGIN_HOURS', dailyMessageCap: 'DAILY_MESSAGE_CAP',
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const fromFile = readConfigFile(env.ONETABLE_CONFIG);
  const fromEnv: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV)) if (env[name] !== undefined && env[name] !== '') fromEnv[key] = env[name];
  const settings: Record<string, unknown> = { ...(fromFile.settings as Record<string, unknown> | undefined) };
  for (const [key, name] of Object.entries(SETTINGS_ENV)) {
    const v = env[name];
    if (v !== undefined && v !== '') settings[key] = /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  const result = configSchema.safeParse({ ...fromFile, ...fromEnv, settings });
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const key = String(i.path[0]);
      const name = key === 'settings' ? SETTINGS_ENV[String(i.path[1])] : ENV[key];
      const where = name && (key === 'settings' ? env[name] !== undefined : fromEnv[key] !== undefined)
        ? name : `${env.ONETABLE_CONFIG ?? 'config'}: ${bracketPath(i.path)}`;
      return `${where}: ${i.message}`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

function readConfigFile(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  if (!existsSync(file)) throw new ConfigError(`ONETABLE_CONFIG: file not found: ${file}`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`ONETABLE_CONFIG: ${file} is not valid JSON (${(error as Error).message})`);
  }
}
