// 将…报区河长办: what is sent stands between 将 and the verb; the office after the verb is where it goes, not an item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const fields = (text: string): string[] | undefined =>
  parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'))?.fields;

describe('将 … 报 an office', () => {
  it('the items between 将 and 报 are read even when another sentence asks for other items', () => {
    expect(fields('请各镇街11月25日前报送低保户数。每月10日前将特困供养人数报区民政局。')).toEqual(['dibao_households', 'tekun_persons']);
    expect(fields('各镇街每月将特困供养人数（书面及电子版）报区民政局，并报送低保户数。')).toEqual(['tekun_persons', 'dibao_households']);
  });

  it('报送至县民政局社会救助科: the office is no item', () => {
    expect(fields('请于11月30日前将临时救助人次报送至区民政局社会救助科。')).toEqual(['temp_aid_times']);
  });
});
