// 现将《2026年第四季度社会救助资金发放情况统计表》下发给你们，请认真填写…。表中所列项目包括：低保金发放金额、… — what a
// form lists, said as the subject of 包括, is the notice's items (the notice went to the lead as unread).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('the items a form lists', () => {
  it('表中所列项目包括 opens the items', () => {
    const r = read('各镇街：现将《2026年第四季度社会救助资金发放情况统计表》下发给你们，请认真填写，于12月20日前报送。表中所列项目包括：临时救助金额、医疗救助金额。');
    expect(r?.fields).toEqual(['temp_aid_amount', 'medical_aid_amount']);
  });
});
