// 二、推荐程序与要求 （一）申报单位要填写《区级社区书院申报表》，经…审核后方可申报: a sentence that fills in or hands in a document
// it names in title marks asks for that document, even under a heading the anatomy reads as rules (程序, 要求).
import { describe, expect, it } from 'vitest';
import { readAnatomy, partTexts } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'academy_form', label: '社区书院申报表', aliases: [], type: 'text' },
  { key: 'academy_pledge', label: '信用承诺书', aliases: [], type: 'text' },
  { key: 'academy_count', label: '社区书院数量', aliases: [], type: 'integer', unit: '个', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-08-20T09:00:00+08:00'), fields });

const notice = [
  '关于开展区级社区书院推荐工作的通知',
  '各镇街：',
  '经研究，区民政局近期开展区级社区书院推荐工作。有关事项通知如下：',
  '一、推荐程序与要求',
  '（一）申报单位要填写《区级社区书院申报表》，经所在镇街审核后方可申报。',
  '（二）各镇街要认真审核，每个镇街推荐原则上不超过2个。',
  '（三）请于9月20日前以镇街为单位统一报送申报材料。',
].join('\n');

describe('a named form asked under a rules heading', () => {
  it('is read as an item of the ask', () => {
    expect(parse(notice)?.fields).toEqual(['academy_form']);
  });

  it('hands in two documents named in title marks', () => {
    const r = parse(notice.replace('要填写《区级社区书院申报表》', '向区民政局提交《区级社区书院申报表》和《信用承诺书》'));
    expect(r?.fields).toEqual(['academy_form', 'academy_pledge']);
  });

  it('leaves the section\'s other sentences rules', () => {
    const rules = partTexts(readAnatomy(notice), 'rules').join('\n');
    expect(rules).toContain('各镇街要认真审核');
    expect(rules).not.toContain('申报表');
  });
});
