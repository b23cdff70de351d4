// What a known member's message is doing, tried in order: the first handler that takes the turn ends it.
import { notUnderstood } from './commands.js';
import { isAcknowledgement } from '../domain/reply/intents.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { declineEmpty, declineStaffRequest, declineUnknownUnits } from './declines.js';
import { handleExpedite } from './expedite.js';
import { handleLedgerOffer } from './ledger-offer.js';
import { handleLeadMessage } from './leads.js';
import { handleForm, handleUnchanged } from './prefill.js';
import { handleReply } from './replies.js';
import { meantForTheBot, tellClaimedReportedInTheChannel, tellFiguresLeftInTheChannel } from './channel-replies.js';

export interface TurnHandler {
  name: string;
  /** Whether the handler looks at this turn at all (cheap checks: role, chat, form). */
  when(turn: Turn): boolean;
  /** Acts on the turn; false passes it on to the next handler. */
  run(deps: BotDeps, turn: Turn): boolean;
}

const addressed = (turn: Turn): boolean => turn.message.chat.kind === 'dm' || turn.message.mentionsBot;
const leadsOrAdmin = (turn: Turn): boolean => turn.member.role === 'lead' || turn.member.role === 'admin';
/** Thanks said: 谢谢, 感谢, 辛苦了. */
const THANKED = /谢|感谢|辛苦/;

export const HANDLERS: readonly TurnHandler[] = [
  {
    // Nothing to read (a picture, a bare @-mention): said when the bot was spoken to, else there is nothing to answer.
    name: 'empty', when: (turn) => turn.message.form === undefined && turn.text.trim() === '',
    run: (deps, turn) => (addressed(turn) ? declineEmpty(deps, turn) : true),
  },
  {
    name: 'form', when: (turn) => turn.message.form !== undefined,
    run: (deps, turn) => (handleForm(deps, turn), true),
  },
  {
    name: 'command', when: addressed,
    run: (deps, turn) => deps.commands.run({
      member: turn.member, text: turn.text.trim(), at: turn.message.at, now: turn.now,
      reply: (message) => void answer(deps, turn, message),
    }),
  },
  { name: 'expedite', when: leadsOrAdmin, run: handleExpedite },
  { name: 'ledger offer', when: leadsOrAdmin, run: handleLedgerOffer },
  { name: 'notice', when: leadsOrAdmin, run: handleLeadMessage },
  { name: 'unknown units', when: leadsOrAdmin, run: declineUnknownUnits },
  {
    // COURTESY_FROM_A_LEAD: 谢谢 / 收到 / 好的 said to the bot by a lead was "not understood", with the whole help text
    name: 'courtesy', when: (turn) => leadsOrAdmin(turn) && addressed(turn) && isAcknowledgement(turn.text),
    run: (deps, turn) => (answer(deps, turn, THANKED.test(turn.text) ? '不客气。' : '好的。'), true),
  },
  {
    name: 'not understood', when: (turn) => leadsOrAdmin(turn) && addressed(turn),
    run: (deps, turn) => (answer(deps, turn, notUnderstood(turn.member)), true),
  },
  {
    name: 'unchanged', when: (turn) => addressed(turn) && turn.member.role === 'staff',
    run: (deps, turn) => handleUnchanged(deps, turn),
  },
  {
    name: 'reply', when: (turn) => addressed(turn) && !leadsOrAdmin(turn),
    run: (deps, turn) => (handleReply(deps, turn), true),
  },
  {
    name: 'staff request', when: (turn) => !leadsOrAdmin(turn) && turn.message.chat.kind === 'channel' && !turn.message.mentionsBot,
    run: declineStaffRequest,
  },
  {
    // FOR_THE_BOT: without an @, but meant for the bot (channel-replies.ts); other chat between members is left alone
    name: 'reply in the channel', when: (turn) => !leadsOrAdmin(turn) && turn.message.chat.kind === 'channel' && !turn.message.mentionsBot,
    run: (deps, turn) => (meantForTheBot(deps, turn) && (handleReply(deps, turn), true)) || tellFiguresLeftInTheChannel(deps, turn)
      || tellClaimedReportedInTheChannel(deps, turn),
  },
];
