// 请报送救助金额: a message whose only item is close to two fields (临时救助金额, 医疗救助金额) is still an ask: the item is
// registered with its choices and put to the lead (是第1个还是第2个), not dropped as an unknown item with nothing else to it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const money = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'number', unit: '元', min: 0 });
const fields: FieldDef[] = [money('temporary_aid', '临时救助金额'), money('medical_aid', '医疗救助金额')];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a message whose only item is one the lead must pick', () => {
  it('is a request carrying the item with its choices', () => {
    const r = parse('各镇街：请报送救助金额。');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields).toEqual([expect.objectContaining({ label: '救助金额', choices: ['temporary_aid', 'medical_aid'] })]);
  });
});
