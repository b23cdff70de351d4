import type { Address, InboundMessage, OutboundMessage } from '../chat/contract.js';
import type { Member } from '../domain/types.js';
import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import type { CommandRegistry } from './command-registry.js';
import type { Outbound } from './outbound.js';
import type { ParserCache } from './parsers.js';
import type { Settings } from './settings.js';

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** What every handler may use. */
export interface BotDeps {
  store: Store;
  clock: Clock;
  settings: () => Settings;
  outbound: Outbound;
  parsers: ParserCache;
  commands: CommandRegistry;
  logger: Logger;
}

/** One inbound message being handled. */
export interface Turn {
  seq: number;
  /** The conversation line recorded for it (what replies link to). */
  lineId: number;
  message: InboundMessage;
  member: Member;
  /** The text without the @bot mention. */
  text: string;
  /** Where an answer goes: the DM, or the channel when the member spoke there. */
  replyTo: Address;
  now: Date;
  /** What handling it left noted on its inbox row (EARLY_FIGURES: figures sent before anything was asked of the unit). */
  note?: string;
}

/** Answers a turn in the chat it came from, linked to the message it answers. Returns the answer's line id. */
export function answer(deps: BotDeps, turn: Turn, message: string | OutboundMessage): number {
  return deps.outbound.say(turn.replyTo, typeof message === 'string' ? { text: message } : message, { replyTo: turn.lineId });
}
