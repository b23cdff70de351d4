// 请于12月20日前报送困难群众户数: 群 among the words of chat (发到群里) cut 困难群众 / 重点人群 / 特殊群体 out as no item, and the
// notice was left unread. 群 is the chat group only when it is no part of a word for people. (Kept out before because
// 困难群众 then read as 困难群众参保资助人数; the matcher now reads a phrase saying none of a field's core as no such field.)
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member, parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));
const labels = (text: string) => { const r = read(text); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };
const labelsWide = (text: string) => { const r = parseWithDictionary(text, 'lead_mz', AT); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('群 in a word for people', () => {
  it('is part of the item', () => {
    expect(labels('各镇街：请于12月20日前报送困难群众户数。')).toEqual(['困难群众户数']);
    expect(labels('各镇街：请于12月20日前报送重点人群人数、特殊群体人数。')).toEqual(['重点人群人数', '特殊群体人数']);
    expect(labelsWide('请各镇街11月30日前报送困难群众户数。')).toEqual(['困难群众户数']);
  });

  it('a purpose or a topic naming the people is no item', () => {
    expect(labelsWide('为准确掌握全区困难群众底数，请各镇街11月30日前报送困难群众户数、人数。')).toEqual(['困难群众户数', '困难群众人数']);
    expect(labelsWide('为准确掌握全区困难群众底数，请各镇街11月30日前报送低保户数、特困供养人数。')).toEqual(['dibao_households', 'tekun_persons']);
    expect(labelsWide('现需统计辖区内困难群众基本情况，请各镇街于12月5日前报送低保户数、低保人数。')).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('the chat group is still no item', () => {
    expect(labels('各镇街：请于12月20日前报送低保户数，发到工作群里。')).toEqual(['dibao_households']);
    expect(labelsWide('请各村（社区）于本周五前将困难群众花名册发至群里，并报送困难群众人数。')).toEqual(['困难群众人数']);
  });
});
