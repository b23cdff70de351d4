// 周五前给我 / 下周一交 / 明天交一下: a bare 给我 or 交 ending the clause right after the day it is due is the chat hand-over
// (DUE_HANDOVER, detect.ts), and that day is the due day (REPORTED_ON, deadline.ts); said of more (给我打电话) or as done
// (交了), it asks nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-07T09:00:00+08:00'));

describe('a bare hand-over after the due day', () => {
  it.each([
    ['周五前给我', '需要各镇街本月的低保户数，周五前给我', '2026-12-11T15:59:59.000Z'],
    ['月底前给我', '麻烦各镇街把本月低保户数统计一下，月底前给我', '2026-12-31T15:59:59.000Z'],
    ['周五前交', '各镇街本月低保户数周五前交', '2026-12-11T15:59:59.000Z'],
    ['下周一交', '各镇街本月低保户数下周一交', '2026-12-14T15:59:59.000Z'],
    ['下周一交 after an ask', '请各镇街报送本月低保户数，下周一交', '2026-12-14T15:59:59.000Z'],
    ['明天交一下', '各镇街本月低保户数明天交一下', '2026-12-08T15:59:59.000Z'],
    ['10号交', '各村本月低保户数10号交。', '2026-12-10T15:59:59.000Z'],
  ])('%s asks for the items by that day', (_, text, due) => {
    const r = parse(text);
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline?.toISOString()).toBe(due);
  });

  it.each([
    ['给我打电话', '周五前给我打电话说一下低保户数'],
    ['交了', '各镇街本月低保户数周五前交了'],
  ])('%s asks nothing', (_, text) => {
    expect(parse(text)).toBeNull();
  });
});
