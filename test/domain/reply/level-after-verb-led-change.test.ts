// 又飞了1500亩 现在一共4700亩: an adverb (又, 一共, 现在 …) before the verb that names the item by one shared character
// (飞 of 飞防面积) does not stop the verb naming it; the level said after the change in the same message is the figure,
// and the change beside it only explains it. The increment alone stays a change claim.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const wheat = { key: 'ff_wheat', label: '小麦种植面积', aliases: ['小麦面积'], type: 'number', unit: '亩', min: 0 } as FieldDef;
const done = { key: 'ff_done', label: '飞防面积', aliases: ['已飞防面积', '飞防作业面积'], type: 'number', unit: '亩', min: 0 } as FieldDef;
const c = ctx(open(wheat, '2026-11', true), open(done, '2026-11', true));
const read = (t: string) => parseReply(t, c);
const changes = (t: string) => read(t).changes.map((x) => `${x.field}${x.delta > 0 ? '+' : ''}${x.delta}`);

describe('a level beside a verb-led change', () => {
  it('又飞了1500亩 现在一共4700亩 reads the level, not the change', () => {
    const r = read('又飞了1500亩 现在一共4700亩');
    expect(summary(r.values)).toEqual(['ff_done=4700@2026-11']);
    expect(r.changes).toEqual([]);
  });

  it('一共飞了4700亩 is the level', () => {
    expect(summary(read('一共飞了4700亩').values)).toEqual(['ff_done=4700@2026-11']);
  });

  it('又飞了两千八百亩 alone stays a change of the figure held', () => {
    expect(summary(read('又飞了两千八百亩').values)).toEqual([]);
    expect(changes('又飞了两千八百亩')).toEqual(['ff_done+2800']);
  });
});
