// 不涉及 said of a count that was asked (粳稻不涉及, 松材线虫病除治不涉及) says there is nothing of it to count: 0,
// as 无此情况 and 没有 are. 暂无数据 stays no figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G, Z } from './fields-fresh12.js';

describe('不涉及 for a count', () => {
  it('is zero beside the figures of the same reply', () => {
    const r = parseReply('龙港镇11月收购中晚籼稻860吨，粳稻不涉及，油菜籽不涉及。', ctx(open(G.indica), open(G.japonica), open(G.rapeseed)));
    expect(summary(r.values)).toEqual(['gr_indica=860@2026-11', 'gr_japonica=0@2026-11', 'gr_rapeseed=0@2026-11']);
  });

  it('is zero at the end of a terse line', () => {
    const r = parseReply('大桥街道 计划1067.8亩 累计1037亩 松材线虫病除治不涉及', ctx(open(Z.plan), open(Z.done), open(Z.cut)));
    expect(summary(r.values)).toEqual(['zl_done=1037@2026-11', 'zl_plan=1067.8@2026-11', 'zl_pwd=0@2026-11']);
  });

  it('leaves 暂无数据 without a figure', () => {
    const r = parseReply('粳稻暂无数据，油菜籽不涉及', ctx(open(G.japonica), open(G.rapeseed)));
    expect(summary(r.values)).toEqual(['gr_rapeseed=0@2026-11']);
  });
});
