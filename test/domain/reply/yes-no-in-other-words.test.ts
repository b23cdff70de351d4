// A yes/no said in the words a clerk uses for it: the question's quantifier as any quantifier (全部调解成功 said
// 都调解成功了, an alias 全部化解 said 纠纷都化解了), the same state in other words (撤离 said 没有住人的), a count of the
// subject between it and the predicate (危房1户 已撤离), and a two-character subject and predicate by their last
// character with a marker between (路都通的 for 道路是否畅通).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

const disputes = () => ctx(open(G.disputes), open(G.allMediated), open(G.houses), open(G.evacuated));
const roads = () => ctx(open(G.manholes), open(G.roadClear));

describe('a yes/no in other words', () => {
  it('都调解成功了 is yes to 是否全部调解成功', () => {
    expect(summary(parseReply('排查纠纷八件都调解成功了', disputes()).values)).toEqual(['md_all_done=true@2026-11', 'md_found=8@2026-11']);
  });

  it('纠纷都化解了 is yes through the alias 全部化解', () => {
    expect(summary(parseReply('纠纷都化解了', disputes()).values)).toEqual(['md_all_done=true@2026-11']);
  });

  it('危房有两户没有住人的 is two houses and everyone out', () => {
    expect(summary(parseReply('危房有两户没有住人的', disputes()).values)).toEqual(['dh_count=2@2026-11', 'dh_evacuated=true@2026-11']);
  });

  it('危房1户 已撤离 is one house and everyone out', () => {
    expect(summary(parseReply('危房1户 已撤离', disputes()).values)).toEqual(['dh_count=1@2026-11', 'dh_evacuated=true@2026-11']);
  });

  it('路都通的 and 路是通的 are yes to 道路是否畅通', () => {
    expect(summary(parseReply('路都通的', roads()).values)).toEqual(['road_clear=true@2026-11']);
    expect(summary(parseReply('路是通的', roads()).values)).toEqual(['road_clear=true@2026-11']);
  });

  it('道路通行填否 is no', () => {
    expect(summary(parseReply('道路通行填否', roads()).values)).toEqual(['road_clear=false@2026-11']);
  });

  it('路灯不亮 names no road', () => {
    expect(summary(parseReply('路灯不亮', roads()).values)).toEqual([]);
  });
});
