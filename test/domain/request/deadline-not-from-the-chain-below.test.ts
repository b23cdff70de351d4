// 各村民小组于12月2日前报村委会，各村委会于12月3日上午前报乡镇；各乡镇于12月3日下午5时前报县统计局: the steps below the
// units asked are their own; the due time is the units' own. With no other date, a step's date still counts.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-01T09:00:00+08:00'));
const due = (text: string): string | null => {
  const r = parse(text);
  return r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('the chain below the units asked', () => {
  it('the units\' own due time wins over the steps below them', () => {
    expect(due('关于低保摸底的通知\n各镇人民政府：\n各村民小组于12月2日下午前将摸底表报村委会，各村委会于12月3日上午前将汇总表报镇。\n各镇于12月3日下午5时前将低保户数报区民政局。'))
      .toBe('2026-12-03T17:00');
  });

  it('a step\'s date is kept when the notice gives no other', () => {
    expect(due('请各村于12月5日前将低保户数报镇')).toBe('2026-12-05T23:59');
  });
});
