// A yes/no item whose predicate is a verb of moving and the place (管理制度是否上墙, 是否进村, 是否入库) is also answered by
// the state that leaves: the thing in that place (制度贴在墙上了 → yes, 制度没贴在墙上 / 不在墙上 → no). A subject of two
// words may be said by its last, the head noun (制度 for 管理制度).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const bool = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'boolean' });
const keeper = bool('keeper', '是否配备专兼职管理员', ['专兼职管理员', '管理员']);
const rules = bool('rules', '管理制度是否上墙', ['制度上墙', '管理制度']);

describe('yes/no said as the place the thing is in', () => {
  it('制度贴在墙上了 is a yes, in a voice run after another item\'s no', () => {
    const r = parseReply('西于村借阅一个人都没来借管理员还没配制度贴在墙上了', ctx(open(keeper), open(rules)));
    expect(summary(r.values)).toEqual(['keeper=false@2026-11', 'rules=true@2026-11']);
  });

  it('制度没贴在墙上 / 制度不在墙上 is a no', () => {
    expect(summary(parseReply('制度没贴在墙上', ctx(open(keeper), open(rules))).values)).toEqual(['rules=false@2026-11']);
    expect(summary(parseReply('管理员配了，制度不在墙上', ctx(open(keeper), open(rules))).values))
      .toEqual(['keeper=true@2026-11', 'rules=false@2026-11']);
  });
});
