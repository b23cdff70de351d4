// 填表说明：1.低保户数指截至11月30日在保户数；2.特困人数指… — when the ask names only a form, the numbered entries of its note
// that say what a figure means (X指…, without a colon) name the form's items.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('items a form’s numbered note defines', () => {
  it('are the items when the ask names only the form', () => {
    const r = parse('各镇街：\n请各镇街开展一次全面排查，并填写《困难群众排查情况统计表》（见附件），于12月8日前报区民政局。\n'
      + '填表说明：1.低保户数指截至11月30日在保户数；2.特困人数指集中供养和分散供养特困人员合计。\n附件：困难群众排查情况统计表');
    expect(r?.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('one entry a line, with 是指', () => {
    const r = parse('各镇街：\n请填写附件统计表，于12月8日前报区民政局。\n填表说明：\n1.低保户数是指在保户数；\n2.临时救助人次指本年度累计救助人次。');
    expect(r?.fields.sort()).toEqual(['dibao_households', 'temp_aid_times']);
  });

  it('a note of duties defines nothing (指定专人 is no definition)', () => {
    expect(parse('各镇街：\n请填写附件统计表，于12月8日前报区民政局。\n填报要求：1.各镇街要指定专人负责；2.数据须经主要领导审核。')).toBeNull();
  });
});
