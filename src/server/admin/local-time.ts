import { localParts, pad } from '../../domain/time.js';

/** 2026-11-16 10:05 in the bot's timezone: exports and the console show local wall time, never UTC. */
export function localStamp(at: Date, timezone: string): string {
  const p = localParts(at, timezone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}
