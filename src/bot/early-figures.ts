// EARLY_FIGURES: figures a member sent before anything was asked of their unit (本月低保户数120户，低保人数213人 at
// 08:30, the notice at 09:00) are read again when an ask for them is about to go out, so the ask neither loses them nor
// asks for what the member just said.
//
// Why re-read and store, not only quote them back: the member wrote each item's name with its figure, to the bot, in
// a DM, hours before; read against the new ask exactly as a reply would be, such a figure is what they meant to
// report. Only a clean message counts: every figure stored has its item named in the message (a bare 120 213 fits nothing yet), passes
// the checks any reply's figures pass (screen), and is read for the period asked (本月 is read at the time it was
// sent: 本月 said on 10月31日 is October, not the November a notice on 11月1日 asks for). A message with a question,
// a choice or a figure that would be held is left alone: the ask goes out as before. The member is told what was
// recorded from which message, and the lead's card lists the figures under 数据池 with who sent them and when.
import { describePeriod } from '../domain/period.js';
import { formatLocalDate, localParts } from '../domain/time.js';
import type { Need } from '../domain/dedup.js';
import { isPersonalField, maskPersonalText } from '../domain/personal.js';
import { parseReply, type ReplyCandidate } from '../domain/reply/parse.js';
import type { FieldDef } from '../domain/types.js';
import type { BotDeps } from './context.js';
import { screen } from './held-replies.js';
import { formatTime, formatValue } from './render.js';
import { replyAnchor } from './reply-anchor.js';
import { responsibleMember } from './roles.js';

/** The inbox note of a DM with figures answered 目前没有需要你报送的数据 (Turn.note). */
export const EARLY_FIGURES = 'early figures: nothing was asked of the unit yet';
/** How long such a message waits to be read again: a day (the notice usually follows within hours). */
export const EARLY_FIGURES_HOURS = 24;
/**
 * The inbox note of a reply that also gave a figure for a period nothing asked of the unit (上月七十一人 beside 本月's):
 * read again, as early figures are, when an ask for that period goes out (OTHER_PERIOD_KEPT, replies.ts).
 */
export const OTHER_PERIOD_FIGURES = 'figures for a period not asked of the unit yet';
/** How long such a message waits: a month (a 补报上月 comes days after the month's own ask). */
export const OTHER_PERIOD_DAYS = 31;

/**
 * Stores into the pool what members' recent early messages say about the needs they are about to be asked: called by
 * planAsks before it looks at the pool. `open`: the needs nothing covers yet.
 */
export function readEarlyFigures(deps: BotDeps, collectionId: number, period: string | null, open: Need[], department: string): void {
  const { store } = deps;
  const now = deps.clock.now();
  const waiting = [
    ...store.inbox.notedSince(EARLY_FIGURES, new Date(now.getTime() - EARLY_FIGURES_HOURS * 3_600_000)).map((m) => ({ ...m, note: EARLY_FIGURES })),
    ...store.inbox.notedSince(OTHER_PERIOD_FIGURES, new Date(now.getTime() - OTHER_PERIOD_DAYS * 86_400_000)).map((m) => ({ ...m, note: OTHER_PERIOD_FIGURES })),
  ].sort((a, b) => a.lineId - b.lineId);
  if (!waiting.length) return;
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  for (const early of waiting) {
    const member = roster.members.find((m) => m.id === early.memberId);
    if (!member?.unit) continue;
    const own = open.filter((n) => n.unit === member.unit && responsibleMember(roster, n.unit, department)?.id === member.id
      && store.pool.get(n.unit, n.field, period) === undefined);
    const fields = own.map((n) => store.fields.get(n.field)).filter((f): f is FieldDef => f !== undefined);
    if (!fields.length) continue;
    const candidates: ReplyCandidate[] = fields.map((field) => ({ field, period, answered: false }));
    const names = fields.flatMap((f) => [f.label, ...f.aliases]);
    const at = replyAnchor(early.text, early.at, tz, [period], names);
    const parsed = parseReply(early.text, { at, timezone: tz, candidates, dictionary: store.fields.matchable(), unitName: roster.units.find((u) => u.id === member.unit)?.name ?? '' });
    if (parsed.question || parsed.choices.length || parsed.pending || !parsed.values.length) continue;
    const { pass, hold } = screen(deps, member.unit, parsed);
    if (hold.length) continue;
    const named = pass.filter((v) => v.unit === undefined && v.period === period && !v.correction && namesItsItem(early.text, store.fields.get(v.field)));
    if (!named.length) continue;
    const lines: string[] = [];
    for (const v of named) {
      const field = store.fields.get(v.field)!;
      store.pool.put({
        unit: member.unit, field: v.field, period, value: v.value, memberId: member.id, messageId: early.lineId, at: early.at,
        ...(v.approximate ? { approximate: true } : {}),
      });
      const personal = isPersonalField(field);
      store.audit.record(now, member.id, 'value.report', `${member.unit}/${v.field}/${period ?? ''}`, {
        value: personal ? maskPersonalText(String(v.value)) : v.value, raw: personal ? maskPersonalText(v.raw) : v.raw,
        message: early.lineId, earlyFor: `c${collectionId}`, ...(v.approximate ? { approximate: true } : {}),
      });
      store.counters.add('valuesCollected', 1, formatLocalDate(localParts(now, tz)));
      lines.push(`· ${field.label}（${describePeriod(period)}）：${v.approximate ? '约' : ''}${formatValue(v.value, field)}`);
    }
    store.inbox.note(early.seq, `${early.note}; read again for c${collectionId}`);
    deps.outbound.say({ kind: 'dm', memberId: member.id }, {
      text: [`你 ${formatTime(early.at, tz)} 发来的数据，现在有了对应的报数需求（汇总 c${collectionId}），已记录：`, ...lines,
        '如有不对，直接回复更正即可，例如“更正：' + store.fields.get(named[0]!.field)!.label + '应为…”。'].join('\n'),
    }, { replyTo: early.lineId });
  }
}

/** The message names the figure's item (低保户数120户), not only a number the reader placed by order or measure. */
function namesItsItem(text: string, field: FieldDef | undefined): boolean {
  return field !== undefined && [field.label, ...field.aliases].some((name) => name.length >= 2 && text.includes(name));
}
