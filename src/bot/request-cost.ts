// The confirmation's cost rows: what the request costs the people asked, and warnings about its deadline.
import { costText, deadlineWarnings, requestCost } from '../domain/request-cost.js';
import type { RequestRecord } from '../store/requests.js';
import type { Need } from '../domain/dedup.js';
import { askedCount, askFieldsOf, type AskPlan } from './collect.js';
import type { BotDeps } from './context.js';
import { formatDeadline } from './render.js';

/** 工作量 and, when the deadline is past, short or on a day off, 注意 with the earliest reasonable deadline. */
export function costRows(deps: BotDeps, requests: RequestRecord[], plan: AskPlan, postedAt: Date): Array<[string, string]> {
  const settings = deps.settings();
  const first = requests[0]!;
  const periods = requests.map((r) => r.period);
  const inLedger = alreadyInLedger(deps, plan.alreadyAsked, periods);
  const asked = askedCount(plan);
  const cost = requestCost({
    units: first.targets.length, items: askFieldsOf(first).length, periods: requests.length, needed: asked + plan.alreadyAsked.length + plan.reused.length + plan.nobody.length,
    pooled: plan.reused.length, alreadyAsked: plan.alreadyAsked.length, inLedger, askedNow: asked,
  }, settings.minutesPerAsk);
  const rows: Array<[string, string]> = [['工作量', costText(cost, settings.minutesPerAsk)]];
  const tz = settings.timezone;
  for (const w of deadlineWarnings(first.deadline, postedAt, settings)) {
    const stated = formatDeadline(first.deadline, first.deadlineHasTime, tz);
    if (w.kind === 'past') {
      rows.push(['注意', `截止时间${stated}已经过了，请确认截止时间，回复“截止改为…”即可`]);
      continue;
    }
    const suggestion = formatDeadline(w.suggestion, false, tz);
    const why = w.kind === 'short' ? '距截止不足一个工作日（上午发下午要），基层难以按时报齐' : '截止日是休息日';
    rows.push(['注意', `${why}；建议截止改为${suggestion}，回复“截止改为${suggestion.replace(/（.*$/, '')}”即可`]);
  }
  return rows;
}

/** How many of the needs asked before were asked by a standing ledger's round, in any of the periods. */
function alreadyInLedger(deps: BotDeps, needs: Need[], periods: Array<string | null>): number {
  if (!needs.length) return 0;
  const { store } = deps;
  const isRound = new Map<number, boolean>();
  const distinct = [...new Set(periods)];
  // (loops, not closures made each call: HOT_WORK_IN_LONG_LIVED_FUNCTIONS in collect.ts)
  let count = 0;
  for (const n of needs) {
    for (const p of distinct) {
      const ask = store.asks.live(n.unit, n.field, p);
      if (ask !== undefined && inRound(deps, isRound, ask.collectionId)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** Whether the collection belongs to a standing ledger's round, looked up once a collection in `isRound`. */
function inRound(deps: BotDeps, isRound: Map<number, boolean>, collectionId: number): boolean {
  let round = isRound.get(collectionId);
  if (round === undefined) isRound.set(collectionId, round = deps.store.standingLedgers.roundOfCollection(collectionId) !== undefined);
  return round;
}
