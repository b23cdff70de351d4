// 填报工作力争于2042年5月底完成: a due day said of the reporting itself stays a due day when a word of effort (力争, 争取,
// 确保, 务必) and the day's own year stand between; a task said so (力争于5月底完成系统升级) gives way to the reporting's day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string) => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2042-04-02T10:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai').slice(0, 10) : null;
};

describe('the reporting is the subject of its due day', () => {
  it('填报工作力争于2042年5月底完成 is due at the end of May', () => {
    expect(due('关于填报低保统计数据的通知\n各镇人民政府：\n请各镇统计低保户数并网上填报。\n填报工作力争于2042年5月底完成。')).toBe('2042-05-31');
  });

  it('a task finished by a day gives way to the reporting\'s own day', () => {
    expect(due('关于填报低保统计数据的通知\n各镇人民政府：\n请各镇于2042年4月20日前填报低保户数。\n力争于2042年5月底完成系统升级。')).toBe('2042-04-20');
  });
});
