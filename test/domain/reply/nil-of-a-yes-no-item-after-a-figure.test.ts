// NIL_OF_A_YES_NO_ITEM (read-clause.ts, readZeroAfterFigures): after the last figure, a nil said of words that name a
// yes/no item better than any count (完成率80% 是否完成 还没有) answers that item, and is no zero of the count that
// shares its words (核查完成率). Before, fresh21 岩口 核查完成率 80 was overwritten with 0.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open } from './fixtures.js';

const suspected: FieldDef = { key: 'suspected', label: '疑似失学儿童', aliases: ['疑似失学'], type: 'integer', unit: '人', min: 0 };
const rate: FieldDef = { key: 'rate', label: '核查完成率', aliases: ['完成率'], type: 'number', unit: '%', min: 0 };
const done: FieldDef = { key: 'done', label: '是否完成核查', aliases: ['是否完成'], type: 'boolean' };
const read = (text: string) => parseReply(text, ctx(open(suspected), open(rate), open(done))).values.map((v) => `${v.field}=${v.value}`).sort();

describe('a nil said of a yes/no item after the last figure', () => {
  it.each([
    ['核查完成率还是80% 剩下2个空挂户等派出所回复 是否完成 还没有', ['done=false', 'rate=80']],
    ['完成率80% 是否完成 没有', ['done=false', 'rate=80']],
    ['疑似失学10人 是否完成 还没有', ['done=false', 'suspected=10']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('a count named before its nil is still that count\'s zero', () => {
    expect(read('完成率80% 疑似失学没有')).toEqual(['rate=80', 'suspected=0']);
  });
});
