// 医疗救助人次（分门诊、住院）和医疗救助金额 — the bracket breaks the first item down; 和医疗救助金额 after it is the next item,
// not a measure the bracket's members share. Read as one, both items were lost and the notice went to the lead as unread.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const fields = (text: string) => parseRequest(text, member('lead_yb'), ctxAt(AT))?.fields;

describe('a bracket followed by 和 and the next item', () => {
  it('keeps both items', () => {
    expect(fields('各镇街：请于本月12日前报送医疗救助人次（分门诊、住院）和医疗救助金额。')).toEqual(['medical_aid_times', 'medical_aid_amount']);
  });
});
