// PLAN_BESIDE_DONE: the plan said beside what was done.

/**
 * PLAN_BESIDE_DONE: 计划20户，完成17户 / 山坪塘整治计划5口 完成3口 / 计划整治山坪塘4口，已完成2口 / 渠道清淤计划2000米，目前完成
 * 1200米 — a clerk gives the plan (计划, 任务, 目标) and then what was done. Nobody asked the plan, so the done figure is the
 * item's figure: its 完成 is read as 实际 (实际是), the level of the item just named, as 计划60次 实际巡了48次 already was.
 * Before, the plan figure was stored as the item's (a wrong value), and 完成3口 / 完成1200米 went by the piece 完成 to a
 * money item named 完成投资 (3万元, 1200万元). Left alone when an open item counts the plan, the task or the target
 * (计划造林, 任务数): then the plan is a figure asked, and 完成 names the item that counts what was done. Left alone too when
 * 完成 is a piece of the name of an open item that counts in the done figure's measure word (改厕完成户数 for 完成17户): then
 * 完成 already names the item the figure is of.
 * The same length, so every index still points into the message.
 */
const FIGURE = String.raw`(?:\d[\d,.]*|[零一二两三四五六七八九十百千点]+)(?:万|千)?`;
const PLAN_THEN_DONE = new RegExp(
  String.raw`((?:计划|任务量?|目标)[^\d零一二两三四五六七八九十百千。；;！!？?\n，,]{0,8}?${FIGURE}\s*[\u4e00-\u9fa5]{0,2}?[\s，,、]*(?:目前|现在|已经)?)(已完成|完成了|完成)(?=([^\d。；;\n]{0,4}?)${FIGURE}\s*([\u4e00-\u9fa5]?))`,
  'g',
);

/** Whether a name speaks of a plan, a task or a target. */
export const PLAN_WORD = /计划|任务|目标/;

/**
 * planAsked: an open item counts the plan; doneNamed(measure): an open item with 完成 in its name counts in that measure word
 * ('' when the done figure has none).
 */
export function doneBesidePlan(text: string, planAsked: boolean, doneNamed: (measure: string) => boolean): string {
  if (planAsked || !PLAN_WORD.test(text)) return text;
  return text.replace(PLAN_THEN_DONE, (m, plan: string, done: string, _between: string, measure: string) =>
    (doneNamed(measure) ? m : plan + (done.length === 3 ? '实际是' : '实际')));
}
