// What a form or a written report covers, said as a list: 具体包括科普人员、科普场地…等6大类124个指标 (the groups of a
// form's indicators), 重点分析农场数量、土地利用…等方面情况，形成《…分析报告》 (the topics of a report), 一、基本情况，包括
// 数量、规模、成员…；二、…；三、… 把以上情况形成书面材料 (a list the ask turns into a written document). Such a list names
// what the form or the report is to hold, not figures asked besides it. It is read so only when the ask still names a
// form or a report the dictionary knows (see parse.ts); a list of groups with nothing else to hand in (收集…等15个方面的
// 数据) is what is asked.
import type { Span } from '../text/spans.js';

/** A list, then 等 / 共 and a count of groups and of indicators: 科普人员、…科学教育，共6大类139个指标. */
const INDICATOR_GROUPS =
  /(?:具体|主要)?(?:包括|包含|涵盖|分为)\s*[:：]?\s*([^。；;\n]{2,160}?)[,，]?\s*(?:等|共|合计)\s*[\d一二三四五六七八九十]+\s*(?:大类|类|个方面|方面|个部分|部分)\s*[\d一二三四五六七八九十百]+\s*(?:个|项)\s*(?:指标|统计指标|调查指标)/g;

/**
 * 重点分析农场数量、土地利用…等方面情况，形成《2044年农场经济发展情况分析报告》: the aspects a report is to analyse,
 * closed by 等…方面 and followed by the report it makes.
 */
const TOPICS_OF_A_REPORT =
  /(?:分析|总结|反映|阐述|说明|研究)([^。；;\n]{2,160}?等(?:几个|多个)?方面(?:的)?(?:情况|内容|问题)?)[,，]\s*(?:形成|撰写|编写|起草|写出|提交)/g;

/** 把以上情况形成书面材料 / 将上述内容整理成文字报告: the ask turns the list above into a written document. */
const LIST_INTO_A_DOCUMENT =
  /(?:以上|上述|前述)(?:情况|内容|方面|问题|几个方面)[^。；;\n]{0,8}?(?:形成|整理成|写成|汇总成|撰写成|编写成)(?:书面|文字)?(?:材料|报告|总结|分析)/;

/**
 * The spans of `body` that list what a form or a report covers. `itemSpans` are the notice's item list entries (see
 * anatomy.ts): all those before a sentence that turns them into a written document are its topics.
 */
export function coverageSpans(body: string, itemSpans: ReadonlyArray<Span>): Span[] {
  const out: Span[] = [];
  for (const m of body.matchAll(INDICATOR_GROUPS)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push([start, m.index + m[0].length]);
  }
  for (const m of body.matchAll(TOPICS_OF_A_REPORT)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push([start, start + m[1]!.length]);
  }
  const into = LIST_INTO_A_DOCUMENT.exec(body);
  if (into) out.push(...itemSpans.filter(([, end]) => end <= into.index));
  return out;
}
