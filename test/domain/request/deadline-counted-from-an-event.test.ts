// COUNTED_FROM_AN_EVENT: 自收到物资之日起八个工作日内交… / 接到资金后8个工作日内… — days counted from an event of the units' own
// (goods or funds reaching them, their hand-out), not from the day the notice is sent. When the notice fixes the event's day
// (定于3月19日统一配送到镇) the count starts there; when it does not, the notice gives no due day and the bot asks. Before, every
// such count started on the day the notice was posted. The notice's own receipt (收到本通知后3日内) still counts from today.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2057-03-14T10:00:00+08:00'));

describe('days counted from an event of the units own', () => {
  it('counts from the delivery day the notice fixes', () => {
    const r = read('各镇街：\n救助物资定于3月19日统一配送到镇。收到物资后，各镇街据实造好发放花名册，自收到物资之日起八个工作日内报送低保户数。');
    expect(localDue(r)).toBe('2057-03-29T23:59');
  });

  it('gives no due day when the event has no day', () => {
    const r = read('各镇街：\n一、各镇街接到县级救助资金后8个工作日内发放到户（人）。\n二、无法书面委托而由他人代领的，镇街核实登记，并在发放15日内上门随访确认。\n三、各镇街要及时把低保户数、低保人数报县民政局。');
    expect(r).not.toBeNull();
    expect(r?.deadline).toBeNull();
  });

  it('the notice itself reaching the units is today', () => {
    expect(localDue(read('各镇街：\n请于收到本通知之日起3日内报送低保户数。'))).toBe('2057-03-17T23:59');
  });
});
