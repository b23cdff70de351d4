// 请按汇总表填报。汇总表的主要指标：一、基本情况：家数、客房数、床位数；二、…: a short lead ending in a list heading and a
// colon opens the list inside the sentence; what follows is the list's first entry.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const count = (key: string, label: string, unit: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit });
const fields: FieldDef[] = [count('rooms', '民宿客房数', '间'), count('beds', '民宿床位数', '张'), count('income', '民宿经营总收入', '万元')];
const parse = (body: string) =>
  parseRequest(`关于填报乡村民宿发展情况汇总表的通知\n各镇街：\n${body}`, member('lead_mz'), { ...ctxAt('2040-04-16T09:00:00+08:00'), fields })?.fields;

describe('a list heading inside a sentence', () => {
  it('opens the list there', () => {
    expect(parse('请按汇总表填报并加盖公章。汇总表的主要指标：一、基本情况：客房数、床位数；二、上年经营收入：总收入。')).toEqual(['rooms', 'beds', 'income']);
  });
});
