// The field resolver reads an item the way its reader does: object and measure, whatever the wording around them.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit });
// A dictionary the resolver has never seen, in the shape a roster brings.
const dictionary: FieldDef[] = [
  int('mz_households', '低保户数', ['城乡低保户数'], '户'),
  int('mz_persons', '低保人数', ['低保对象人数'], '人'),
  int('tk_persons', '特困供养人数', ['特困人员数'], '人'),
  int('hazards_found', '燃气隐患数', ['发现燃气隐患数'], '处'),
  int('hazards_fixed', '已整改燃气隐患数', ['燃气隐患整改数'], '处'),
  int('watch_households', '监测户数', ['监测对象户数'], '户'),
  int('watch_helped', '已落实帮扶措施监测户数', ['落实帮扶措施户数'], '户'),
  int('orders', '整改通知书份数', ['下达整改通知书数'], '份'),
  int('insured', '居民医保参保人数', ['医保参保人数'], '人'),
];
const m = createFieldMatcher(dictionary);
const best = (p: string): string | null => m.best(p)?.field.key ?? null;

describe('field resolver', () => {
  it('reduces a definition to its object and measure', () => {
    expect(best('享受最低生活保障待遇的在册人口')).toBe('mz_persons');
    expect(best('纳入特困人员救助供养范围的人员')).toBe('tk_persons');
    expect(best('纳入城乡低保保障范围的家庭户数')).toBe('mz_households');
  });

  it('strips question wording (共有几处, 有多少人)', () => {
    expect(best('发现燃气隐患共有几处')).toBe('hazards_found');
    expect(best('低保对象有多少人')).toBe('mz_persons');
  });

  it('reads long official names and their short forms as the same words', () => {
    expect(best('城乡居民基本医疗保险参保人数')).toBe('insured');
    expect(best('特困人员救助供养对象人数')).toBe('tk_persons');
  });

  it('lets a qualifier decide: 已整改 is not 发现, 已落实帮扶 is not every 监测户', () => {
    expect(best('已整改燃气隐患处数')).toBe('hazards_fixed');
    expect(best('已落实针对性帮扶措施的监测户数')).toBe('watch_helped');
    expect(best('监测对象户数')).toBe('watch_households');
  });

  it('does not drop a qualifier the dictionary lacks: 已整改… is no field of a dictionary that only counts what was found', () => {
    const found = createFieldMatcher([int('hazards_found', '燃气隐患数', ['发现燃气隐患数'], '处')]);
    expect(found.best('已整改燃气隐患处数')).toBeNull();
    expect(found.best('未整改燃气隐患数')).toBeNull();
    expect(found.best('辖区燃气隐患处数')?.field.key).toBe('hazards_found');
  });

  it('reads a document named in 《》 as its words', () => {
    expect(best('下达《整改通知书》份数')).toBe('orders');
  });
});
