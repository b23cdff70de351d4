// …由县民政局汇总（联系人：张三，电话：…）。本次上报时间为12月15日前: a contact in brackets is a part of its own that ends at
// its bracket; what follows it on the line is read as usual (here, the units' due day).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-12-01T09:00:00+08:00'));

describe('a contact in brackets inside a line', () => {
  const text = '关于报送低保户数的通知\n各镇人民政府、各街道办事处：\n一、报送内容\n低保户数、低保人数。\n二、上报要求\n1.数据由区民政局社会救助科汇总（联系人：张三，电话：0000-1234567）。本次上报时间为12月15日前。';

  it('does not take the rest of the line with it', () => {
    const d = parse(text)?.deadline;
    expect(d && formatZoned(d, 'Asia/Shanghai')).toBe('2049-12-15T23:59:59+08:00');
  });

  it('a contact at the end of a line is still the line\'s tail', () => {
    const d = parse('关于报送低保户数的通知\n各镇人民政府、各街道办事处：\n请于12月15日前报送低保户数。联系人：张三，电话：0000-1234567')?.deadline;
    expect(d && formatZoned(d, 'Asia/Shanghai')).toBe('2049-12-15T23:59:59+08:00');
  });
});
