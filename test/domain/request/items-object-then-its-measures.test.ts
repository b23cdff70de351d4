// （一）低保对象：户数、人数 — an entry that names an object, a colon and then only measures of it asks for each measure
// of that object, whatever word the object ends in (对象 is also a section word: 报送对象：各镇街 is who reports).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const fields = (text: string): string[] | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.fields;
const kinds = (text: string): string[] => readAnatomy(text).parts.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`);

describe('an object and its measures after a colon', () => {
  it('unnumbered entries after 以下数据： are items, not a 对象 section', () => {
    const text = '各镇街：请于12月20日前报送以下数据：\n低保对象：户数、人数；\n特困供养人员：人数。';
    expect(kinds(text)).toContain('items:低保对象：户数、人数；');
    expect(fields(text)).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('numbered entries inside 一、核查内容 lend their object to each measure', () => {
    expect(fields('关于开展困难群众救助数据核查的通知\n各镇人民政府、街道办事处：\n一、核查内容\n（一）低保对象：户数、人数；\n（二）特困供养人员人数。\n二、时间安排\n各镇街于12月20日前将核查结果报区民政局。'))
      .toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('a line naming who reports stays a scope heading', () => {
    expect(kinds('各镇街：\n报送对象：各镇街民政办\n请于12月20日前报送低保户数。')[1]).toBe('scope:报送对象：');
  });
});
