// A numbered item line that starts with a quarter (一、第四季度（10月1日至12月31日）新增…) names that quarter only:
// the list number 一、 is not a first quarter listed beside it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-01T14:30:00+08:00'));

describe('a numbered item that starts with its quarter', () => {
  it('asks for that quarter alone', () => {
    const r = parse(
      '关于开展第四季度低保数据报送工作的通知\n各镇：\n请各镇核查以下内容：\n一、第四季度（10月1日至12月31日）新增低保户数；\n二、第四季度新增低保人数。\n请于12月8日前报送。',
    );
    expect(r).toMatchObject({ period: '2026-Q4' });
    expect(r?.periods ?? ['2026-Q4']).toEqual(['2026-Q4']);
  });

  it('still reads a list of quarters written alike', () => {
    const r = parse('请各镇于12月8日前报送第三、第四季度低保户数。');
    expect(r?.periods).toEqual(['2026-Q3', '2026-Q4']);
  });
});
