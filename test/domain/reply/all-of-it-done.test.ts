// 隐患4处已全部整改 / 排查纠纷八件都调解成功了: all of what a figure just counted is said to be done, so the count of
// what is done (已整改处数, 调解成功件数) with the same measure is that figure too. Not when it is said undone.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('all of a count said to be done', () => {
  it('已全部整改 makes the fixed count the found count', () => {
    const r = parseReply('隐患4处已全部整改', ctx(open(G.hazards), open(G.fixed)));
    expect(summary(r.values)).toEqual(['ff_fixed=4@2026-11', 'ff_hazards=4@2026-11']);
  });

  it('都调解成功了 in a voice run makes the mediated count the disputes found', () => {
    const r = parseReply('排查纠纷八件都调解成功了危房有两户', ctx(open(G.disputes), open(G.mediated), open(G.houses)));
    expect(summary(r.values)).toEqual(['dh_count=2@2026-11', 'md_found=8@2026-11', 'md_solved=8@2026-11']);
  });

  it('都还没动 is a count found and nothing fixed said', () => {
    const r = parseReply('隐患排查了3处都还没动', ctx(open(G.hazards), open(G.fixed)));
    expect(summary(r.values)).toEqual(['ff_hazards=3@2026-11']);
  });
});
