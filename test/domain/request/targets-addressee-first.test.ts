// When the addressee line says who is asked, the body's group words (各镇要指定联络员, 各村民小组…报村委会) refer back to
// those units or to levels below them; a unit the body names itself is read from the body as before.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:00:00+08:00'));

describe('the addressee line says who is asked', () => {
  it('towns named in the addressee line stay the targets when the body says 各镇', () => {
    const r = parse('关于报送低保数据的通知\n朱沱镇、松溉镇人民政府：\n一、各镇要指定一名联络员。\n二、请于11月30日前报送低保户数。');
    expect(r?.targets.sort()).toEqual(['songji', 'zhutuo']);
  });

  it('a chain through the villages below does not add the villages', () => {
    const r = parse('关于低保摸底的通知\n各镇人民政府：\n各村民小组于11月26日前将摸底表报村委会，各村委会于11月27日前报镇。\n各镇于11月28日下午5时前将低保户数报区民政局。');
    expect(r?.targets.sort()).toEqual(['laisu', 'songji', 'zhutuo']);
  });

  it('a unit the body names itself is still read from the body', () => {
    const r = parse('关于报送低保数据的通知\n朱沱镇、松溉镇人民政府：\n请来苏镇于11月30日前一并报送低保户数。');
    expect(r?.targets).toContain('laisu');
  });
});
