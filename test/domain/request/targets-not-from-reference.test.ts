// Targets are the units the notice addresses: not a group named in a reference to another ask, the purpose or a note.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const targets = (text: string): string[] | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.targets;

describe('targets from the addressee and the ask only', () => {
  it('参照对各街道的要求 does not add the streets', () => {
    expect(targets('请朱沱镇、松溉镇参照对各街道的要求，于11月27日前报送本月低保户数。')).toEqual(['zhutuo', 'songji']);
  });

  it('按前期对各镇的要求执行 does not add the towns', () => {
    expect(targets('请中山路街道11月27日前报送本月低保户数，口径按前期对各镇的要求执行。')).toEqual(['zhongshanlu']);
  });

  it('a group in the purpose is not addressed', () => {
    expect(targets('为掌握各街道低保情况，请朱沱镇11月27日前报送本月低保户数。')).toEqual(['zhutuo']);
  });
});
