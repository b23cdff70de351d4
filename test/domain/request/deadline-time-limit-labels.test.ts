// 时限：本周五 / 完成时限：12月5日 / 报送时限：12月5日前 / 时间要求：12月5日 — a label of the time limit leads in the due day once the
// message is a request (whether a bare 事项：… line is one is the request side's). 时间要求 was not read as a label: no due day.
import { describe, expect, it } from 'vitest';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { findUnitsDeadline } from '../../../src/domain/request/units-deadline.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, localDue, member } from './helpers.js';

const AT = '2026-11-25T09:00:00+08:00'; // a Wednesday
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));
const unitsDue = (text: string) => {
  const d = findUnitsDeadline(readAnatomy(text), new Date(AT), 'Asia/Shanghai');
  return d ? formatZoned(d.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('a time-limit label gives the due day', () => {
  it('事项 / 时限 lines: the day after 时限', () => {
    expect(unitsDue('事项：人口数据核对 时限：本周五')).toBe('2026-11-27T23:59');
    expect(unitsDue('各镇街：\n事项：低保户数核对\n报送时限：12月5日前\n联系人：张三')).toBe('2026-12-05T23:59');
  });

  it('完成时限 and 时间要求 after an ask', () => {
    expect(localDue(parse('请各镇街报送低保户数。完成时限：12月5日下午5点'))).toBe('2026-12-05T17:00');
    expect(localDue(parse('请各镇街报送低保户数。时间要求：12月5日'))).toBe('2026-12-05T23:59');
  });
});
