import { z } from 'zod';
import { PERIOD_PATTERN } from '../domain/period.js';
import { CADENCES } from '../domain/standing-ledger.js';

const isoInstant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'invalid datetime (expected ISO 8601 with an offset, e.g. 2026-11-23T09:00:00+08:00)',
});

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, { message: 'unknown IANA timezone' });

const id = z.string().min(1).max(200);

export const fieldSchema = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected a key of letters, digits and _'),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: z.enum(['integer', 'number', 'text', 'date', 'boolean', 'enum']),
  unit: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  plausibleMax: z.number().positive().optional(),
  tolerance: z.number().gt(1).optional(),
  options: z.array(z.string().min(1)).optional(),
  ledger: z.string().optional(),
  personal: z.boolean().optional(),
}).refine((f) => f.type !== 'enum' || (f.options?.length ?? 0) > 0, { message: 'an enum field needs options', path: ['options'] });

export const departmentSchema = z.object({ id, name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) });
export const unitSchema = z.object({
  id, name: z.string().min(1), kind: z.enum(['district', 'town', 'street', 'village', 'community']), parent: id.optional(),
});
export const memberSchema = z.object({
  id, name: z.string().min(1), role: z.enum(['lead', 'staff', 'admin']), department: id.optional(), unit: id.optional(),
  serves: z.array(id).optional(), identities: z.record(z.string(), z.string()).optional(),
});

/** The roster part a scenario and a roster file share. */
export const rosterFileSchema = z.object({
  botName: z.string().min(1).optional(),
  departments: z.array(departmentSchema).default([]),
  units: z.array(unitSchema).default([]),
  members: z.array(memberSchema).default([]),
  fields: z.array(fieldSchema).default([]),
});

/** A standing ledger (台账): a recurring collection the bot opens by itself each period. */
export const standingLedgerSchema = z.object({
  id,
  name: z.string().min(1).max(100),
  department: id,
  fields: z.array(z.string().min(1)).min(1),
  cadence: z.enum(CADENCES),
  due: z.number().int().min(0).max(366),
  targets: z.array(id).min(1).optional(),
});

const messageEvent = z.object({
  at: isoInstant,
  from: id,
  in: z.enum(['channel', 'dm']),
  text: z.string().max(200_000),
});
const clockEvent = z.object({ at: isoInstant, clock: z.literal(true) });

export const scenarioSchema = rosterFileSchema.extend({
  name: z.string().optional(),
  timezone: timezone.default('Asia/Shanghai'),
  start: isoInstant,
  end: isoInstant.optional(),
  settings: z.record(z.string(), z.unknown()).default({}),
  ledgers: z.array(standingLedgerSchema).default([]),
  events: z.array(z.union([clockEvent, messageEvent])),
});

export type Scenario = z.infer<typeof scenarioSchema>;

const period = z.string().regex(PERIOD_PATTERN).nullable();

export const replayOutputSchema = z.object({
  requests: z.array(z.object({
    id: z.string(), event: z.number().int(), department: z.string(), title: z.string(), fields: z.array(z.string()),
    newFields: z.array(z.object({ label: z.string(), type: z.string() })), period,
    periods: z.array(z.string().regex(PERIOD_PATTERN)).optional(), deadline: isoInstant.nullable(),
    targets: z.array(z.string()), collection: z.string().nullable(),
  })),
  collections: z.array(z.object({
    id: z.string(), requests: z.array(z.string()), fields: z.array(z.string()), period, deadline: isoInstant.nullable(),
    targets: z.array(z.string()), ledger: z.string().optional(),
  })),
  asks: z.array(z.object({ at: isoInstant, member: z.string(), unit: z.string(), field: z.string(), period, sentAt: isoInstant.nullable() })),
  values: z.array(z.object({
    unit: z.string(), field: z.string(), period, value: z.union([z.number(), z.string(), z.boolean()]),
    member: z.string().nullable(), event: z.number().int().nullable(), history: z.number().int().min(1),
    approximate: z.literal(true).optional(),
  })),
  messages: z.array(z.object({ at: isoInstant, to: z.string(), text: z.string() })),
  digests: z.array(z.object({ at: isoInstant, text: z.string() })),
  stats: z.object({
    requests: z.number().int(), collections: z.number().int(), asks: z.number().int(), asksAvoided: z.number().int(),
    valuesCollected: z.number().int(), valuesReused: z.number().int(),
  }),
});

export type ReplayOutput = z.infer<typeof replayOutputSchema>;
