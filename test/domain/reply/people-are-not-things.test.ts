import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const checked: FieldDef = { key: 'checked', label: '检查企业数', aliases: ['检查企业'], type: 'integer', unit: '家', min: 0 };
const people: FieldDef = { key: 'visited', label: '走访人数', aliases: [], type: 'integer', unit: '人', min: 0 };
const values = (text: string, ...fields: FieldDef[]): string[] => summary(parseReply(text, ctx(...fields.map((f) => open(f)))).values);

describe('a figure counted in people is no count of premises or places, and the reverse', () => {
  it('leaves 出动检查人员120人次 out of 检查企业数', () => {
    expect(values('共检查企业46家，出动检查人员120人次', checked)).toEqual(['checked=46@2026-11']);
  });

  it('leaves 走访了3家 out of 走访人数', () => {
    expect(values('走访人数58人，走访企业3家', people)).toEqual(['visited=58@2026-11']);
  });
});
