import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFieldMatcher, inferFieldType, withoutShadowed } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';
import { fields as small } from './request/helpers.js';

const builtIn = (JSON.parse(readFileSync(new URL('../../data/fields.json', import.meta.url), 'utf8')) as { fields: FieldDef[] }).fields;
const safety: FieldDef[] = [
  { key: 'jiuxiao_venues', label: '九小场所数量', aliases: ['九小场所数', '九小场所总数'], type: 'integer' },
  { key: 'inspected_venues', label: '已检查场所数', aliases: ['已检查九小场所数', '检查场所数'], type: 'integer' },
  { key: 'self_check_done', label: '是否完成自查', aliases: ['自查是否完成', '自查情况'], type: 'boolean' },
  { key: 'gas_hazards', label: '燃气隐患数', aliases: ['燃气安全隐患数', '燃气隐患'], type: 'integer' },
];

describe('createFieldMatcher', () => {
  const m = createFieldMatcher(small);
  const best = (p: string): string | null => m.best(p)?.field.key ?? null;

  it('hits labels and aliases exactly, after normalisation', () => {
    expect(m.match('低保户数')[0]).toMatchObject({ score: 1 });
    expect(best('低保户')).toBe('dibao_households');
    expect(best('本月辖区低保户数')).toBe('dibao_households');
    expect(best('低保户数（户）')).toBe('dibao_households');
    expect(best('百岁及以上老人人数')).toBe('centenarians');
  });

  it('matches close variants', () => {
    expect(best('低保家庭户数')).toBe('dibao_households');
    expect(best('城乡低保户')).toBe('dibao_households');
    expect(best('纳入最低生活保障的人员数')).toBe('dibao_persons');
    expect(best('特困人员救助供养人数')).toBe('tekun_persons');
    expect(best('临救金额')).toBe('temp_aid_amount');
    expect(best('农村危房改造户数')).toBe('dilapidated_households');
  });

  it('keeps households, persons, times and amounts apart', () => {
    expect(best('低保人员数')).toBe('dibao_persons');
    expect(best('医疗救助次数')).toBe('medical_aid_times');
    expect(best('医疗救助资金')).toBe('medical_aid_amount');
  });

  it('gives no answer for an ambiguous or unknown phrase', () => {
    expect(best('救助金额')).toBeNull(); // 临时 or 医疗?
    expect(best('人数')).toBeNull();
    expect(best('高龄津贴发放金额')).toBeNull();
    expect(best('')).toBeNull();
    expect(best('！！！')).toBeNull();
  });

  it('learns abbreviations from the dictionary itself', () => {
    // 最低生活保障户数 is an alias of 低保户数, so 最低生活保障 ≈ 低保 anywhere.
    expect(m.normalize('最低生活保障对象人数')).toBe('低保人数');
  });

  it('matches the safety dictionary', () => {
    const s = createFieldMatcher(safety);
    expect(s.best('九小场所底数')?.field.key).toBe('jiuxiao_venues');
    expect(s.best('是否已完成自查（是/否）')?.field.key).toBe('self_check_done');
    expect(s.best('已检查九小场所数')?.field.key).toBe('inspected_venues');
  });

  it('tells apart an item with an unknown modifier (就业年龄段残疾人数 is not 就业残疾人数)', () => {
    const b = createFieldMatcher(builtIn);
    expect(b.best('就业年龄段残疾人数')).toBeNull();
    expect(b.best('残疾人就业人数')?.field.key).toBe('disabled_employed');
  });

  it('reads traditional characters', () => {
    expect(best('低保戶數')).toBe('dibao_households');
  });

  // Its speed is measured by npm run bench (understanding), not asserted here: no timed assertions in unit tests.
  it('finds every built-in field by its own label', () => {
    const b = createFieldMatcher(builtIn);
    for (const f of builtIn) expect(b.best(f.label)?.field.key, f.label).toBe(f.key);
  });
});

describe('inferFieldType', () => {
  it.each([
    ['防溺水宣传次数', 'integer'], ['低保户数', 'integer'], ['临时救助人次', 'integer'], ['禁毒宣传场次', 'integer'],
    ['高龄津贴发放金额', 'number'], ['专项资金', 'number'], ['复垦面积', 'number'], ['是否完成整改', 'boolean'],
    ['整改措施', 'text'], ['联系人', 'text'], ['完成日期', 'date'], ['参保率', 'number'],
  ])('%s → %s', (label, type) => expect(inferFieldType(label)).toBe(type));
});

describe('withoutShadowed', () => {
  const builtin: FieldDef[] = [
    { key: 'abandoned_farmland_area', label: '耕地撂荒面积', aliases: ['撂荒耕地面积', '撂荒面积'], type: 'number' },
    { key: 'grids', label: '网格数', aliases: ['网格个数'], type: 'integer' },
  ];
  const own: FieldDef[] = [{ key: 'abandoned_land', label: '撂荒耕地面积', aliases: ['撂荒地面积'], type: 'number' }];
  const all = [...builtin, ...own];
  const isBuiltin = (f: FieldDef) => builtin.some((b) => b.key === f.key);

  it('drops a built-in entry that names the same item as a configured one, and keeps the others', () => {
    expect(withoutShadowed(all, isBuiltin).map((f) => f.key)).toEqual(['grids', 'abandoned_land']);
  });

  it('lets the configured field win a phrase both entries would tie on', () => {
    expect(createFieldMatcher(all).best('撂荒耕地面积')?.field.key).not.toBe('abandoned_land');
    expect(createFieldMatcher(withoutShadowed(all, isBuiltin)).best('撂荒耕地面积')?.field.key).toBe('abandoned_land');
  });

  it('keeps the built-in knowledge: the configured field answers to the names of the entry it shadows', () => {
    const merged = withoutShadowed(all, isBuiltin).find((f) => f.key === 'abandoned_land');
    expect(merged?.aliases).toEqual(expect.arrayContaining(['撂荒地面积', '耕地撂荒面积', '撂荒面积']));
  });

  it('changes nothing when every field is a fallback', () => {
    expect(withoutShadowed(builtin, () => true)).toBe(builtin);
  });
});

describe('fallback (shipped) entries while a scenario brings its own dictionary', () => {
  const visits = { key: 'veteran_visits', label: '退役军人走访慰问人次', aliases: ['退役军人慰问人次'], type: 'integer' as const, unit: '人次', fallback: true };
  const needy = { key: 'needy_veterans', label: '困难退役军人人数', aliases: [], type: 'integer' as const, unit: '人' };

  it('answer to their exact names only, never to a merely similar phrase', () => {
    const m = createFieldMatcher([visits, needy]);
    expect(m.best('退役军人走访慰问人次')?.field.key).toBe('veteran_visits');
    expect(m.best('退役军人慰问人次')?.field.key).toBe('veteran_visits');
    expect(m.best('走访慰问人次')).toBeNull();
    const loose = createFieldMatcher([{ ...visits, fallback: false }, needy]);
    expect(loose.best('走访慰问人次')?.field.key).toBe('veteran_visits');
  });
});
