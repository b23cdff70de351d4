// SHARE_NEVER_A_COUNT (read-clause.ts): a figure in % is a share of something, never a figure of an item measured in anything
// else (头, 户, 万元): 能繁母猪存栏1030头，占存栏的10%左右 stored 约10头 as 牛存栏.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const field = (key: string, label: string, aliases: string[], unit: string) =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 }) as FieldDef;
const pigs = field('zz_cl', '生猪存栏', ['存栏生猪', '生猪存栏量'], '头');
const cattle = field('nc_cl', '牛存栏', ['牛存栏量', '存栏牛'], '头');
const read = (text: string, ...fields: FieldDef[]) => summary(parseReply(text, ctx(...fields.map((f) => open(f)))).values);

describe('a share in % fills no count', () => {
  it('占存栏的10%左右 is no head of cattle', () => {
    expect(read('能繁母猪存栏1030头，占存栏的10%左右', pigs, cattle)).toEqual([]);
    expect(read('牛存栏占存栏的10%', cattle)).toEqual([]);
  });
});
