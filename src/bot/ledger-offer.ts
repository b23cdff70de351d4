// A recurring notice (每月5日前报送上月…) is a standing ledger in all but name: the bot offers to make it one, and the
// lead confirms with one reply (设为台账). From then on the rounds open by themselves and nobody posts the notice again.
import { findRecurrence } from '../domain/recurrence.js';
import { CADENCE_NAMES, isCadencePeriod, type StandingLedger } from '../domain/standing-ledger.js';
import type { Member } from '../domain/types.js';
import type { RequestRecord } from '../store/requests.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { defineLedger, pendingRound } from './ledgers.js';
import { departmentName, fieldLabel, formatTime } from './render.js';

const PLUGIN = 'ledgers';
const offerKey = (memberId: string): string => `offer:${memberId}`;
const REPORT_NAME: Record<StandingLedger['cadence'], string> = { weekly: '周报', monthly: '月报', quarterly: '季报', yearly: '年报' };

/** After a recurring notice is registered: the offer to keep it as a ledger, unless a ledger keeps it already (true when offered). */
export function offerLedger(deps: BotDeps, turn: Turn, request: RequestRecord): boolean {
  const { store } = deps;
  const recurrence = findRecurrence(turn.text);
  if (!recurrence || !request.fields.length || !isCadencePeriod(request.period, recurrence.cadence)) return false;
  const kept = store.standingLedgers.all().some((l) => l.status === 'active' && l.department === request.department
    && l.cadence === recurrence.cadence && request.fields.every((f) => l.fields.includes(f)));
  if (kept) return false;
  const roster = store.roster.snapshot();
  const labels = request.fields.map((f) => fieldLabel(store.fields, f));
  const name = `${departmentName(roster, request.department)}${REPORT_NAME[recurrence.cadence]}（${labels.length > 3 ? `${labels.slice(0, 3).join('、')}等` : labels.join('、')}）`;
  const offer: StandingLedger = {
    id: `${request.department}-${recurrence.cadence}-r${request.id}`, name, department: request.department, fields: request.fields,
    cadence: recurrence.cadence, due: recurrence.due, targets: request.targets,
  };
  store.pluginState.set(PLUGIN, offerKey(turn.member.id), offer);
  answer(deps, turn, {
    text: `这是${CADENCE_NAMES[recurrence.cadence]}固定报送的数据。要不要设为台账“${name}”？设为台账后，每期结束后的第一个工作日上午9点自动向这${request.targets.length}个单位发起，`
      + `期末后${recurrence.due}天内报齐，不用再发通知，已报过的数各部门直接取用。回复“设为台账”即可。`,
  });
  return true;
}

/** 设为台账: the member's last offer becomes a ledger, its first round the period running now. */
export function acceptLedgerOffer(deps: BotDeps, call: { member: Member; now: Date; reply(text: string): void }): void {
  const { store } = deps;
  const offer = store.pluginState.get<StandingLedger>(PLUGIN, offerKey(call.member.id));
  if (!offer) {
    call.reply('没有待确认的台账建议。发布按月、按周固定报送的通知后，我会问你要不要设为台账；管理员也可以在管理后台添加。');
    return;
  }
  if (call.member.role === 'lead' && call.member.department !== offer.department) {
    call.reply('只能为本部门设台账。');
    return;
  }
  // Under admission review a lead's ledger waits, paused, for an admin to start it (管理后台“台账”页，恢复).
  const review = deps.settings().admission === 'review' && call.member.role !== 'admin';
  const ledger = defineLedger(deps, offer, call.member.id, call.now);
  if (review) store.standingLedgers.setStatus(ledger.id, 'paused');
  store.pluginState.set(PLUGIN, offerKey(call.member.id), null);
  store.audit.record(call.now, call.member.id, 'ledger.save', ledger.id, { name: ledger.name, from: 'offer' });
  if (review) {
    for (const admin of store.roster.snapshot().members.filter((m) => m.role === 'admin')) {
      deps.outbound.say({ kind: 'dm', memberId: admin.id }, {
        text: `【待准入】${call.member.name}申请设台账“${ledger.name}”（${CADENCE_NAMES[ledger.cadence]}，期末后${ledger.due}天内报）。请在管理后台“台账”页核对后点“恢复”启用。`,
      }, { initiated: true });
    }
    call.reply(`已提交台账“${ledger.name}”，按准入规定需管理员批准后才会自动发起，我已通知管理员。`);
    return;
  }
  const next = pendingRound(deps, ledger);
  call.reply(`已设为台账“${ledger.name}”：${CADENCE_NAMES[ledger.cadence]}自动发起，下一期于${formatTime(next.opensAt, deps.settings().timezone)}发起。发“台账”可以查看，管理后台“台账”页可以修改或暂停。`);
}

/** The one reply that accepts an offer, in the channel (no @ needed: it answers the bot's question) or a DM. */
export const ACCEPT_OFFER = /^(?:好的?[，,]?\s*)?(?:设为|设成|设置为)台账[。！!]?$/;

export function handleLedgerOffer(deps: BotDeps, turn: Turn): boolean {
  if (!ACCEPT_OFFER.test(turn.text.trim())) return false;
  acceptLedgerOffer(deps, { member: turn.member, now: turn.now, reply: (text) => void answer(deps, turn, text) });
  return true;
}
