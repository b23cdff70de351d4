import type { RequestEdit } from '../domain/request/edit.js';

// The closed key sets the store keeps: counters, audit actions and scheduled runs. A new kind is added here, once.

/** Running totals (and per-day totals) the bot keeps. */
export const COUNTERS = ['asks', 'asksAvoided', 'valuesReused', 'valuesCollected'] as const;
export type Counter = (typeof COUNTERS)[number];

/** What the audit log records (filters match by prefix: `request.edit` finds every edit). */
export const AUDIT_ACTIONS = [
  'admin.login',
  'admin.login.failed',
  'settings.update',
  'plugin.configure',
  'roster.import',
  'field.add',
  'field.edit',
  'ledger.save',
  'outbox.retry',
  'exports.links.revoke',
  'identity.bind.request',
  'identity.bind',
  'request.create',
  'request.repost',
  'request.unread',
  'value.report',
  'value.correct',
  'value.confirm',
  'value.recheck',
  'collection.done',
  'request.admit',
  'request.expedite',
  'request.nudge',
  'request.reject',
  'rule.add',
  'rule.remove',
  'personal.export',
  'personal.channel-warning',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | `request.edit.${RequestEdit['kind']}`;

/** Kinds of scheduled sends, each claimed once per key so a restart never sends one twice. */
export const RUN_KINDS = ['digest', 'todo', 'remind', 'escalate', 'batch'] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export type RunKey = `${RunKind}:${string}`;

/** Runs keyed per collection and deadline: a moved deadline gets its own. */
export type DeadlineRun = Extract<RunKind, 'remind' | 'escalate'>;

export function runKey(kind: RunKind, ...parts: Array<string | number>): RunKey {
  return `${kind}:${parts.join(':')}`;
}

/** `remind:c12:2026-11-26T15:59:59.000Z`; the collections repository matches the same shape in SQL. */
export function deadlineRunKey(kind: DeadlineRun, collectionId: number, deadline: Date): RunKey {
  return runKey(kind, `c${collectionId}`, deadline.toISOString());
}
