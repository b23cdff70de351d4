// 各中心校、城关片区： a body every township has (its central school, health centre…) stands for the township in a county's address.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const targets = (text: string): string[] | undefined =>
  parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'))?.targets;

describe('a township body for its township', () => {
  it('各中心校 in the addressee line asks every town, beside a street named for itself', () => {
    const got = targets('各中心校、中山路街道：\n请于11月27日前报送本月低保户数统计表。');
    expect(got).toEqual(expect.arrayContaining(['zhutuo', 'songji', 'laisu', 'zhongshanlu']));
    expect(got).not.toContain('shenglilu');
  });

  it('two towns named for a second table do not narrow 各中心校', () => {
    const got = targets('各中心校：\n1．各中心校填写低保户数统计表。\n2．朱沱镇、松溉镇另填临时救助人次表。\n请于11月27日前报民政局。');
    expect(got).toContain('laisu');
    expect(got).toContain('zhutuo');
  });

  it('各卫生院 asks the towns too', () => {
    expect(targets('各卫生院、中山路街道：\n请于11月27日前报送本月低保户数。')).toEqual(expect.arrayContaining(['laisu', 'zhongshanlu']));
  });
});
