// The messages between the server thread and the processing worker (processing.ts ↔ processing-worker.ts).
import type { Address, OutboundMessage, PlatformTarget } from '../chat/contract.js';
import type { Role } from '../domain/types.js';
import type { Settings } from '../bot/settings.js';

/** What the worker starts with. */
export interface WorkerData {
  database: string;
  settings: Settings;
  logLevel: string;
  /** Values the worker's logger must never print. */
  secrets: string[];
  /** The write turns shared with the server thread (write-turns.ts). */
  turns: SharedArrayBuffer;
}

/** A platform adapter's target for an address, asked of the server thread (where the adapters live). */
export interface TargetQuery {
  platform: string;
  to: Address;
}

/** A chat command the server thread has and the worker may not: matched on the worker, run on the server thread. */
export interface CommandShape {
  name: string;
  source: string;
  flags: string;
  roles?: readonly Role[];
  refusal?: string;
  broad?: boolean;
}

export type ToWorker =
  | { type: 'kick' }
  | { type: 'settings'; settings: Settings }
  | { type: 'platforms'; platforms: string[] }
  | { type: 'commands'; commands: CommandShape[] }
  /** The server thread changed the roster or the dictionary: cached reads go. */
  | { type: 'invalidate' }
  | { type: 'handedOff'; seq: number }
  | { type: 'targets'; targets: Array<PlatformTarget | null> }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'processed'; seqs: number[] }
  | { type: 'idle' }
  /** A message needs something only the server thread has (a plugin's command): it processes it, then answers handedOff. */
  | { type: 'handOff'; seq: number }
  | { type: 'invalidate' }
  /** Answered with 'targets', in the same order. */
  | { type: 'resolve'; queries: TargetQuery[] }
  /** An attachment queued with a message: the server thread keeps it for the outbox. */
  | { type: 'file'; messageId: number; file: NonNullable<OutboundMessage['file']> }
  | { type: 'stopped' };
