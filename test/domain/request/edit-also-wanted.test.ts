// ALSO_WANTED: 特困供养人数也要 / 朱沱镇也要 — an addition named before 也要 is read as 加上… is; words that are part of several
// fields (临时救助) ask the lead which; words of no field (加班) are no edit at all.
import { describe, expect, it } from 'vitest';
import { parseRequestEdit } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = (): ReturnType<typeof ctxAt> => ctxAt('2026-11-23T10:00:00+08:00');

describe('an addition said with 也要', () => {
  it.each([['特困供养人数也要'], ['特困供养人数的也需要'], ['另外百岁老人数也要']])('%s adds the item', (text) => {
    expect(parseRequestEdit(text, ctx())).toMatchObject({ kind: 'addFields' });
  });

  it('朱沱镇也要 adds the unit', () => {
    expect(parseRequestEdit('朱沱镇也要', ctx())).toMatchObject({ kind: 'addTargets', targets: ['zhutuo'] });
  });

  it('临时救助的也要 asks which of the fields it is part of', () => {
    expect(parseRequestEdit('临时救助的也要', ctx())).toEqual({ kind: 'whichItemToAdd', words: '临时救助', candidates: ['temp_aid_times', 'temp_aid_amount'] });
    expect(parseRequestEdit('加上医疗救助', ctx())).toMatchObject({ kind: 'whichItemToAdd', words: '医疗救助' });
  });

  it.each(['加班', '大家也要注意安全', '加强巡查'])('%s is no edit', (text) => {
    expect(parseRequestEdit(text, ctx())).toBeNull();
  });
});
