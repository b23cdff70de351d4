// A form's header whose first column names the reporting unit (镇街名称｜低保户数｜低保人数), one row a unit: its other
// columns are the items asked. 发回 (send it back) hands the form in.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a form of one row a unit', () => {
  it('its header names the items, after a label and a colon on the ask’s line too', () => {
    expect(parse('各镇街：请按模板填写，12月2日前报送。模板：镇街名称｜低保户数｜低保人数｜备注')?.fields.sort()).toEqual(['dibao_households', 'dibao_persons']);
    expect(parse('各镇街：请按以下格式报送，12月2日前。\n序号|镇街名称|低保户数|低保人数')?.fields.sort()).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('发回 hands it in', () => {
    expect(parse('各镇街：请按模板填写低保户数，12月2日前发回。')?.fields).toEqual(['dibao_households']);
  });
});
