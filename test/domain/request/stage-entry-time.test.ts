// STAGE_ENTRY_TIME: （二）集中排查（6月中旬至7月）。各村每月5日、15日前分别报送… — an entry of a schedule that opens with a stage's
// name and its time in brackets: the bracket is when the stage runs (no counting period, not its last month), and a day said in
// the entry without its month falls within the stage, never before it starts.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2049-06-01T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));
const due = (text: string): string | null => {
  const m = findDeadline(text, new Date(AT), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 10) : null;
};
const NOTICE = '关于开展困难群众走访排查的通知\n各镇人民政府、各街道办事处：\n三、工作安排\n'
  + '（一）走访排查（6月中旬至7月）。各镇每月5日、15日前分别报送低保户数变化情况。\n'
  + '（二）复核（8月）。县民政局对各镇上报情况抽查复核。\n'
  + '（三）总结（9月）。各镇于9月30日前报送工作总结。';

describe('a stage named with its time in brackets', () => {
  it('its time is no period', () => {
    expect(parse(NOTICE)?.period).toBeNull();
  });

  it('a day of the month said in it is due within the stage', () => {
    expect(due(NOTICE)).toBe('2049-06-15');
  });

  it('a label of the figures time in the same shape keeps its period', () => {
    expect(parse('关于报送低保户数的通知\n各镇人民政府：\n（一）统计时间（2049年5月）。\n（二）请于6月10日前报送低保户数。')?.period).toBe('2049-05');
  });
});
