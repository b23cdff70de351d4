// hideNames (phrases.ts) blanks every index name a text holds, trying only names whose first character is in the text,
// looked up by UTF-16 code: it must give exactly what trying every name of the index in its order gives, for Han
// names, Latin ones, and names starting with half of a surrogate pair.
import { describe, expect, it } from 'vitest';
import { indexCandidates, type CandidateIndex } from '../../../src/domain/reply/candidate-index.js';
import { hideNames } from '../../../src/domain/reply/phrases.js';
import type { FieldDef } from '../../../src/domain/types.js';

function field(key: string, label: string, aliases: string[] = []): FieldDef {
  return { key, label, aliases, type: 'integer' };
}

function everyName(text: string, index: CandidateIndex): string {
  let out = text;
  for (const name of index.allNames) if (out.includes(name)) out = out.split(name).join(' '.repeat(name.length));
  return out;
}

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  field('dibao_households', '低保户数', ['低保户']), field('dibao_people', '低保人数'), field('jiuxiao', '九小场所数', ['九小场所']),
  field('rectify', '整改数', ['已整改']), field('pm', 'PM2.5均值', ['PM2.5']), field('rare', '𠀀𠀁户数', ['𠀀户']),
  field('manholes', '井盖破损数', ['井盖']), field('temp', '临时救助人次', ['临时救助']),
];
const PIECES = ['低保', '户数', '人数', '九小', '场所', '整改', 'PM', '2.5', '均值', '𠀀', '𠀁', '\ud840', '井盖', '破损', '临时',
  '救助', '人次', '，', '12', ' ', '了', '已'];

describe('hideNames by character codes', () => {
  it('blanks what trying every name in the index order blanks', () => {
    const next = random(21);
    const indexes = [FIELDS, FIELDS.slice(0, 4), FIELDS.slice(3), [FIELDS[5]!, FIELDS[4]!]].map(indexCandidates);
    for (let n = 0; n < 3000; n++) {
      const index = indexes[n % indexes.length]!;
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += next() < 0.5 ? index.allNames[Math.floor(next() * index.allNames.length)]! : PIECES[Math.floor(next() * PIECES.length)]!;
      expect(hideNames(text, index)).toBe(everyName(text, index));
    }
  });

  it('blanks a name starting outside the basic plane, and leaves a text with no name alone', () => {
    const index = indexCandidates(FIELDS);
    expect(hideNames('𠀀𠀁户数12户', index)).toBe(' '.repeat('𠀀𠀁户数'.length) + '12户');
    expect(hideNames('今天下雨', index)).toBe('今天下雨');
  });
});
