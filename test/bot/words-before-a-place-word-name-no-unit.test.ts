// NOT_A_NAME: a place word (村/镇/乡/社区) after a quantifier (几个村), a negation (不是镇政府驻地), a time adverb (刚才镇里)
// or a clause of its own (管理员是村会计, 没有纠纷的村) is a common noun, not another unit's name: the reply is not told
// 没有要你代报, and the figures around it are read as the reporter's own. A real name (红星村) is still another unit's.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('words before a place word that name no unit', () => {
  it('a clause, a negation, a time adverb or a quantifier before 村/镇 is the reporter\'s own words', () => {
    withVillages(bot());
    const first = dmAs('sq_ww', '低保户数12户，管理员是村会计兼着的，低保人数20人', AT('10:00'));
    expect(first).not.toContain('没有要你代报');
    expect(pooled()).toEqual(['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20']);
    expect(dmAs('sq_ww', '低保户数应该是13户，刚才镇里报成12了', AT('10:05'))).not.toContain('没有要你代报');
    expect(pooled()).toContain('shiqiao.dibao_households=13');
    expect(dmAs('bs_ww', '低保户数9户，不是镇政府驻地', AT('10:10'))).not.toContain('没有要你代报');
    expect(dmAs('bs_ww', '几个村的低保人数：白沙15人', AT('10:15'))).not.toContain('几个村的数没有记录');
    expect(dmAs('bs_ww', '没有纠纷的村空着', AT('10:20'))).not.toContain('没有要你代报');
    // a name is still another unit's
    expect(dmAs('bs_ww', '红星村低保户数9户', AT('10:25'))).toContain('红星村的数没有记录');
  });
});
