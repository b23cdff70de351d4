// The set-up most engine tests share: a real bot over a real SQLite file in a temp folder (useHarness, one for each
// test), a day the messages are sent on, and a member who speaks in a private chat. What the tests then read: what the
// bot said back in that chat, and what the pool holds.
//
//   const { bot, AT, dm, pool } = useConversation({ day: '2026-11-24', member: 'sll_jz' });
//   bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
//   expect(dm('低保120', AT('10:00'))).toMatch(/是低保户数还是低保人数/);
import type { FieldValue } from '../../src/domain/types.js';
import { useHarness, type Harness, type HarnessOptions } from '../support/harness.js';

export interface ConversationOptions {
  /** The day the test's messages are sent on (YYYY-MM-DD, Shanghai time). */
  day: string;
  /** Whose private chat `dm` speaks in and whose unit `pool` reads: a member id of the roster. */
  member?: string;
  harness?: HarnessOptions;
}

export interface Conversation {
  /** The current test's bot. */
  bot: () => Harness;
  /** `time` (HH:MM) on the day, as a timestamp with its zone. */
  AT: (time: string) => string;
  /** Sends `text` in the member's private chat at `at`; what the bot said back there. */
  dm: (text: string, at: string) => string;
  /** Sends `text` in `from`'s private chat at `at`; what the bot said back there. */
  dmAs: (from: string, text: string, at: string) => string;
  /** Sends `text` from `from` in the channel at `at`; what the bot said in the channel (empty when nothing). */
  channel: (from: string, text: string, at: string) => string;
  /** The member's unit's figure for a field and period (this month by default). */
  pool: (field: string, period?: string) => FieldValue | undefined;
  /** Every figure the pool holds, as unit.field=value, sorted. */
  pooled: () => string[];
}

/** Registers the bot's set-up and clean-up for each test of the file (call it at the file's top level). */
export function useConversation(options: ConversationOptions): Conversation {
  const bot = useHarness(options.harness);
  const member = (): string => {
    if (!options.member) throw new Error('useConversation: no member given for dm / pool');
    return options.member;
  };
  const dmAs = (from: string, text: string, at: string): string =>
    bot().send(from, 'dm', text, { at }).out.find((m) => m.chat === `dm:${from}`)!.text;
  return {
    bot,
    AT: (time) => `${options.day}T${time}:00+08:00`,
    dm: (text, at) => dmAs(member(), text, at),
    dmAs,
    channel: (from, text, at) =>
      bot().send(from, 'channel', text, { at }).out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n'),
    pool: (field, period = options.day.slice(0, 7)) => {
      const unit = bot().store.roster.member(member())?.unit;
      return unit ? bot().store.pool.get(unit, field, period)?.value : undefined;
    },
    pooled: () => bot().store.pool.all().map((v) => `${v.unit}.${v.field}=${JSON.stringify(v.value)}`).sort(),
  };
}
