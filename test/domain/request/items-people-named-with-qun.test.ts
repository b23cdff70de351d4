// 请于12月20日前报送困难群众户数: 群 among the words of chat (发到群里) cut 困难群众 / 重点人群 / 特殊群体 out as no item, and the
// notice was left unread. 群 is the chat group only when it is no part of a word for people.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));
const labels = (text: string) => { const r = read(text); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('群 in a word for people', () => {
  it('is part of the item', () => {
    expect(labels('各镇街：请于12月20日前报送困难群众户数。')).toEqual(['困难群众户数']);
    expect(labels('各镇街：请于12月20日前报送重点人群人数、特殊群体人数。')).toEqual(['重点人群人数', '特殊群体人数']);
  });

  it('the chat group is still no item', () => {
    expect(labels('各镇街：请于12月20日前报送低保户数，发到工作群里。')).toEqual(['dibao_households']);
  });
});
