// 请于12月上旬报送: a 旬 the reporting is done in names no day, as 12月上旬前 does not; the lead is asked the day. A notice
// handing in its attached forms by such a time is a request whose items are unread, not chatter.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const at = new Date('2026-11-20T09:00:00+08:00');
const parser = parserFor(ctxAt(at.toISOString()));

describe('a 旬 said without 前 as the time to report in', () => {
  it('is the vague due time', () => {
    const r = parser.parse('各镇街：请于12月上旬报送残疾人两项补贴人数。', member('lead_cl'), at);
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineVague).toBe('12月上旬');
    expect(parser.parse('各镇街：请于12月初报送残疾人两项补贴人数。', member('lead_cl'), at)?.deadlineVague).toBe('12月初');
  });

  it('gates a notice of attached forms as an unread request', () => {
    const text = '各镇街：附件表格请于12月上旬报送。\n附件：残疾人就业情况统计表';
    expect(parser.parse(text, member('lead_cl'), at)).toBeNull();
    expect(parser.parseUnread(text, member('lead_cl'), at)?.deadlineVague).toBe('12月上旬');
  });

  it('a 旬 of work with no reporting is still no due time', () => {
    expect(parser.parse('各镇街：请于12月上旬做好残疾人就业帮扶工作。', member('lead_cl'), at)).toBeNull();
    expect(parser.parseUnread('各镇街：请于12月上旬做好残疾人就业帮扶工作。', member('lead_cl'), at)).toBeNull();
  });
});
