// The same measure at another scale: 1.2公里 for a field in 米, 十二万三千羽 for one in 万羽.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { L, W } from './fields-fresh6.js';

describe('a measure at another scale', () => {
  it('公里 for a field in 米', () => {
    expect(summary(parseReply('渠道1.2公里', ctx(open(W.canal))).values)).toEqual(['canal=1200@2026-11']);
  });

  it('羽 counted one by one for a field in 万羽', () => {
    expect(summary(parseReply('家禽存栏十二万三千羽', ctx(open(L.poultry))).values)).toEqual(['poultry=12.3@2026-11']);
    expect(summary(parseReply('家禽存栏123000羽', ctx(open(L.poultry))).values)).toEqual(['poultry=12.3@2026-11']);
  });
});
