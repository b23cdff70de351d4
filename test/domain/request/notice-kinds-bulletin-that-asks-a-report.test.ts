// 关于11月低保数据报送情况的通报 … 请上述镇于12月3日前补报低保户数、低保人数: a results document (通报) addressed to the units that
// also asks them to report by a due day is a request; a 通报 that only tells results, or asks work done (完成整改) rather than a
// report, stays a bulletin.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, fields, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-12-01T09:00:00+08:00'), fields });
const head = '【县民政局】关于11月低保数据报送情况的通报\n各镇街：\n截至11月30日，全县已有10个镇街报送11月低保数据，朱沱镇尚未报送。';

describe('a bulletin that asks a report', () => {
  it('asks what it names, by its day', () => {
    const r = parse(`${head}请上述镇于12月3日前补报低保户数、低保人数，逾期将予以通报批评。`);
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
    expect(r?.deadline).toEqual(new Date('2026-12-03T15:59:59.000Z'));
  });

  it('a bulletin that only tells results asks nothing', () => {
    expect(parse(`${head}予以通报批评，希望各镇街引以为戒。`)).toBeNull();
  });

  it('a bulletin that asks work done, not a report, asks nothing', () => {
    expect(parse(`${head}请上述镇于12月3日前完成低保户数核查整改。`)).toBeNull();
  });
});
