// （一）自查阶段（5月30日至6月30日）。…将材料提交县商务局: a stage of a schedule, its span in brackets, whose line hands
// something in is due at the span's end; the stages the office runs itself (审查, 结论) are no due days.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const due = (text: string, at: string): string | null => {
  const m = findDeadline(text, new Date(at), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

const schedule = '二、时间安排\n年审工作从2071年5月30日开始，到10月31日结束，分三个阶段进行：\n'
  + '（一）自查阶段（5月30日至6月30日）。参加年审的企业对2070年度经营情况进行自查，整理有关数据资料，并将材料提交县商务局。\n'
  + '（二）审查阶段（7月1日至9月30日）。县商务局对企业年审材料逐一核查。\n'
  + '（三）结论阶段（10月1日至10月31日）。对年审合格的企业出具结论，结果在网站公布。';

describe('a stage that hands in', () => {
  it('is due at the end of its span', () => {
    expect(due(schedule, '2071-05-29T09:00:00+08:00')).toBe('2071-06-30T23:59');
  });
});
