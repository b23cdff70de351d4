// A form pasted into chat whose header names two or more measures and whose rows name kinds with empty cells asks for
// each kind in each measure; before, its rows were kinds with no measure and the notice was dropped.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a grid form of kinds by measures', () => {
  it('tab-split, as copied from a spreadsheet', () => {
    const r = parse('各镇街：\n请于11月28日前报送以下表格：\n类别\t人次\t金额（元）\n临时救助\t\t\n医疗救助\t\t');
    expect(r?.fields.sort()).toEqual(['medical_aid_amount', 'medical_aid_times', 'temp_aid_amount', 'temp_aid_times']);
  });

  it('as Markdown rows, a kind the dictionary lacks in one measure being a new field', () => {
    const r = parse('各镇街：\n请统计以下情况：\n| 项目 | 户数 | 人数 |\n| 低保 | | |\n| 特困 | | |\n请于11月28日前报送。');
    expect(r?.fields.sort()).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
    expect(r?.newFields.map((f) => f.label)).toEqual(['特困户数']);
  });

  it('a two-column form of full names is read as before', () => {
    expect(parse('请各镇街11月28日前填报下表\n| 项目 | 数量 |\n| 低保户数 | |\n| 特困人数 | |')?.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
  });
});
