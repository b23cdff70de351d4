// SHORT_ANSWER_FILLER, ORDINAL_PICK, QUOTED_ALTERNATIVES: a short answer is read against the one question the bot asked.
import { describe, expect, it } from 'vitest';
import { periodKindPicked, placePicked, readShortAnswer, readingsOfQuestion, type AskedQuestion } from '../../../src/domain/reply/short-answer.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F } from './fixtures.js';

const fundWan: FieldDef = { key: 'temp_aid_fund', label: '临时救助金额', aliases: ['救助金额'], type: 'number', unit: '万元', min: 0 };
const offered: AskedQuestion = { field: fundWan, readings: readingsOfQuestion('是“0.6万”还是“0.65万”？请核实后回复准确的数', fundWan) };
const missing: AskedQuestion = { field: F.dibaoPersons, readings: [] };
const value = (text: string, q: AskedQuestion) => {
  const a = readShortAnswer(text, q);
  return a.kind === 'picked' ? a.value : a.kind;
};

describe('a short answer to one question back', () => {
  it('takes the figures the question offered from its own words, in the field\'s unit', () => {
    expect(offered.readings.map((r) => r.value)).toEqual([0.6, 0.65]);
    expect(readingsOfQuestion('应为整数，是不是写错了？请回复正确的数（人）', F.dibaoPersons)).toEqual([]);
  });

  it('picks a figure offered when said again, with the check it reports and the copula around it', () => {
    expect(value('核了，是0.65万', offered)).toBe(0.65);
    expect(value('0.6万', offered)).toBe(0.6);
    expect(value('问过了，应该是6500元', offered)).toBe(0.65);
    expect(value('救助金额是0.65万。', offered)).toBe(0.65);
  });

  it('picks by place: 第二个, 后者, 前者', () => {
    expect(value('第二个', offered)).toBe(0.65);
    expect(value('后者', offered)).toBe(0.65);
    expect(value('是前者', offered)).toBe(0.6);
  });

  it('a figure that is none offered, an estimate or a measure of another item fits no reading', () => {
    expect(value('核了，是0.7万', offered)).toBe('unfit');
    expect(value('大概0.65万', offered)).toBe('unfit');
    expect(value('126户', missing)).toBe('unfit');
    expect(value('126.5', missing)).toBe('unfit');
  });

  it('REPORT_VERB: the figure said with the verb of reporting (报4.5万, 就报0.65万, 0.65万来报) picks it', () => {
    expect(value('报0.65万', offered)).toBe(0.65);
    expect(value('就报0.6万吧', offered)).toBe(0.6);
    expect(value('0.65万来报', offered)).toBe(0.65);
    expect(value('报42人', missing)).toBe(42);
  });

  it('BY_WHICH_REPORTED: the reading picked with 按 after a question (按8人报, 按0.65万报, 按现金报 0.65万) is the figure', () => {
    expect(value('按0.65万报', offered)).toBe(0.65);
    expect(value('按现金报 0.65万', offered)).toBe(0.65);
    expect(value('按42人报', missing)).toBe(42);
    expect(value('按照42人来报吧', missing)).toBe(42);
  });

  it('a bare figure answers a question that offered none, when it passes the item\'s checks', () => {
    expect(value('126', missing)).toBe(126);
    expect(value('是126人，多打了个点', missing)).toBe('none');
  });

  it('anything more than a short answer is left to the reply reader', () => {
    expect(value('低保户数120户，低保人数186人', missing)).toBe('none');
    expect(value('好的', offered)).toBe('none');
    expect(value('特困供养21人', missing)).toBe('none');
  });
});

describe('an answer by place or by kind of period', () => {
  it('names the option\'s place among those the question named', () => {
    expect(placePicked('第一个', 2)).toBe(0);
    expect(placePicked('是后者', 3)).toBe(2);
    expect(placePicked('第三个', 2)).toBeNull();
    expect(placePicked('第一个月的', 2)).toBeNull();
  });

  it('累计 picks the running total (a day) and 本月 the month, when there is one of each', () => {
    expect(periodKindPicked('累计的', ['2026-11', '2026-11-30'])).toBe(1);
    expect(periodKindPicked('是本月的', ['2026-11', '2026-11-30'])).toBe(0);
    expect(periodKindPicked('累计', ['2026-11', '2026-10'])).toBeNull();
  });
});
