// 整改进度 answered by the state of the work after the last figure: 还在整改 / 两处在改 → 整改中, 已全部整改 → 已完成,
// 还没整改完 → 整改中 (begun, not finished). The activity may be said by its verb alone (改), up to the next item.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

const open4 = () => ctx(open(G.hazards), open(G.fixed), open(G.progress), open(G.team));

describe('progress said as the state of the work', () => {
  it('改了1处还在整改 is under way', () => {
    const r = parseReply('隐患3处改了1处还在整改', open4());
    expect(summary(r.values)).toContain('ff_progress="整改中"@2026-11');
  });

  it('已全部整改 after the count is done', () => {
    const r = parseReply('隐患4处已全部整改', open4());
    expect(summary(r.values)).toContain('ff_progress="已完成"@2026-11');
  });

  it('还有两处在改 in a voice run, before the next item, is under way', () => {
    const r = parseReply('隐患排查出来七处改了五处还有两处在改扑火队伍早就组建好了', open4());
    expect(summary(r.values)).toContain('ff_progress="整改中"@2026-11');
    expect(summary(r.values)).toContain('ff_team=true@2026-11');
  });

  it('还没整改完 is under way, not not-started', () => {
    const r = parseReply('隐患5处 还没整改完', open4());
    expect(summary(r.values)).toContain('ff_progress="整改中"@2026-11');
  });

  it('a count already fixed is no state (已整改3处)', () => {
    const r = parseReply('排查隐患6处，已整改3处', open4());
    expect(summary(r.values)).toEqual(['ff_fixed=3@2026-11', 'ff_hazards=6@2026-11']);
  });
});
