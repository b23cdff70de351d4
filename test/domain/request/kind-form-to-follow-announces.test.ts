// 具体统计表格另行下发: a notice whose form is sent later and that sets no due day announces the work; the notice that sends
// the form asks (FORM_TO_FOLLOW). With a due day it asks now.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2068-05-12T09:00:00+08:00'));

describe('a form to follow', () => {
  it('an announced survey whose form comes later is no request yet', () => {
    expect(parse('【区民政局】关于开展困难群众摸底排查的通知\n各镇街：\n为做好今冬明春困难群众救助工作，区民政局决定开展困难群众摸底排查。请各镇街组织人员入户核查，摸清辖区低保户数、特困供养人数。具体统计表格另行下发。')).toBeNull();
  });

  it('the same notice with a due day for the figures asks now', () => {
    const r = parse('【区民政局】关于开展困难群众摸底排查的通知\n各镇街：\n请各镇街组织人员入户核查，于5月20日前报送辖区低保户数、特困供养人数。具体统计表格另行下发。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
