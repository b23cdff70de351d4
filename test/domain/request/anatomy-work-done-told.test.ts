// 一季度各镇街较好完成了低保监测上报: a sentence telling work done (完成了) is background, so the quarter it names is not the
// one the ask's 本季度 means.
import { describe, expect, it } from 'vitest';
import { readAnatomy, partTexts } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const TEXT = '【区民政局】关于做好低保监测工作的通知\n各镇街：\n一季度各镇街按统一部署较好完成了低保监测上报，为研判形势提供了参考。\n现就做好监测工作通知如下：\n请各镇街于6月25日前报送本季度低保户数。';

describe('work said to be done', () => {
  it('is background', () => {
    expect(partTexts(readAnatomy(TEXT), 'background').join('')).toContain('较好完成了');
  });

  it('its quarter is not the period asked', () => {
    expect(parseRequest(TEXT, member('lead_mz'), ctxAt('2031-05-31T10:00:00+08:00'))?.period).toBe('2031-Q2');
  });
});
