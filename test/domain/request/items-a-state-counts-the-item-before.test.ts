// 燃气隐患数、已整改数: an entry that names no object counts the object of the item before it; it was read as the
// dictionary's 消防隐患已整改数 (another hazard). In a bracket after …情况, a member naming the head's object by its last
// word or naming none is said of that object (燃气隐患排查整改情况（隐患数、已整改数） → 燃气隐患数, 燃气隐患已整改数).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parserFor } from '../../../src/domain/request/parse.js';
import { roster, member } from './helpers.js';

const dictionary = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields;
const parser = parserFor({ roster, fields: dictionary, timezone: 'Asia/Shanghai', botName: '报数助手' });
const items = (text: string) => {
  const r = parser.parse(text, member('lead_zj'), new Date('2026-11-20T09:00:00+08:00'));
  return r && [...r.fields, ...r.newFields.map((f) => f.label)];
};

describe('a state counts the item before it', () => {
  it('已整改数 after 燃气隐患数 is no fire hazard field', () => {
    const got = items('请各镇街于本周五前报送辖区燃气隐患数、已整改数。');
    expect(got).toContain('gas_hazards');
    expect(got).not.toContain('fire_hazards_rectified');
  });

  it('after 消防隐患数 it is the fire hazards rectified', () => {
    expect(items('请各镇街于本周五前报送辖区消防隐患数、已整改数。')).toEqual(['fire_hazards_found', 'fire_hazards_rectified']);
  });

  it('bracket members take the head object', () => {
    expect(items('请各镇街于本周五前报送辖区燃气隐患排查整改情况（隐患数、已整改数）。')).toEqual(['gas_hazards', '燃气隐患已整改数']);
  });
});
