// STANDING_RULE_FOR_THE_LAST_REQUEST: 以后每月5号前报上个月的 / 以后每月25日前都按这个报, said by a lead after a request, with no
// item of its own. Before, it went unanswered. A rule a ledger can keep (each round asks for the period just ended) is offered
// as one for the lead's latest request; one it cannot keep (this month's figures by a day inside the month) is said so.
import { findRecurrence } from '../domain/recurrence.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { offerLedger } from './ledger-offer.js';

/** 以后 / 今后 / 从下月起 … 每月 / 每周 / 每季度, or 每月…都按这个 / 都这样: a rule for the rounds to come. */
const FROM_NOW_ON = /(?:以后|今后|往后|此后|从下(?:个)?月起)[^。！!？?]{0,8}每(?:个)?(?:月|周|星期|季度?|年)|每(?:个)?(?:月|周|星期|季度?|年)[^。！!？?]{0,12}(?:都|均)(?:按|照|这样|这么)/;

/** True when the message was such a rule and was answered. */
export function answerStandingRule(deps: BotDeps, turn: Turn): boolean {
  if (!FROM_NOW_ON.test(turn.text)) return false;
  const latest = [...deps.store.requests.activeBy(turn.member.id)].reverse()[0];
  if (!latest) return false;
  if (findRecurrence(turn.text)) {
    if (offerLedger(deps, turn, latest)) return true;
  }
  const example = '如“以后每月5日前报上月的”';
  answer(deps, turn, DAY_SAID.test(turn.text)
    ? `台账按期收集：每期结束后自动向各单位发起（${example}）。当期之内就要报的，台账做不到；r${latest.id}（${latest.title}）照常收集，下一期请再发一次通知。`
    : `要把 r${latest.id}（${latest.title}）设为台账、每期自动发起吗？请说明每期几号前报哪一期的数（${example}）。`);
  return true;
}

/** A day of the month or week said for the rule (25日前, 5号, 周五). */
const DAY_SAID = /\d{1,2}\s*[日号]|[一二三]?十?[一二三四五六七八九十]\s*[日号]|(?:周|星期)[一二三四五六日天]|月底|月末/;
