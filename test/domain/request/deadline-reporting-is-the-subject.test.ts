// 报送工作于12月15日前完成: a day followed by 完成 is a task's day unless the reporting itself is what is to be done by then.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at: string) => {
  const d = parseAt(text, at)?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

const at = '2036-09-01T09:00:00+08:00';

describe('the reporting as the subject of a due day', () => {
  it('报送工作于…前完成 is the due day, not the task day after it', () => {
    const text = '二、低保年报数据报送要求。低保户数报送工作于2036年12月15日前完成。（一）系统升级。各镇街于2036年9月30日前，根据区民政局下发的升级包，按流程完成系统升级。';
    expect(due(text, at)).toBe('2036-12-15T23:59:59+08:00');
  });

  it('督促填报村居于…前完成系统测试 is still a task (填报 names who, not what is due)', () => {
    const text = '一、请各镇街于2036年12月15日前报送低保户数。二、各镇街要督促填报村居于2036年9月30日前完成系统测试。';
    expect(due(text, at)).toBe('2036-12-15T23:59:59+08:00');
  });
});
