// 请于12月10日前报送以下数据⏎项目⇥单位⏎低保户数⇥户⏎…: 以下数据 at the end of its line opens the list on the next lines as
// 以下数据： does (DATA_INTRO_AT_LINE_END, items.ts). A pasted two-column table was not read at all, and a three-column one
// lost its last row (its trailing tab trimmed away).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('以下数据 at the end of its line', () => {
  it('a pasted two-column table', () => {
    expect(parse('各镇街：请于12月10日前报送以下数据\n项目\t单位\n低保户数\t户\n低保人数\t人\n特困供养人数\t人')?.fields)
      .toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });
  it('a three-column table whose last row ends in an empty cell', () => {
    expect(parse('各镇街：请于12月10日前报送以下数据\n项目\t单位\t数量\n低保户数\t户\t\n低保人数\t人\t')?.fields)
      .toEqual(['dibao_households', 'dibao_persons']);
  });
  it('如下 alone at a line end (现将有关事项通知如下) opens no list', () => {
    const r = parse('各镇街：\n现将有关事项通知如下\n一、请于12月10日前报送低保户数。\n二、各镇街要高度重视。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.newFields).toEqual([]);
  });
});
