// 转发《…监测报表制度》的通知: a notice that sends a reporting system asks with the system's rounds; when it names no round
// (no period of the figures) and no due day, it only sets the rounds to come (执行起止, 衔接, 样本) and asks nothing now.
// The same notice naming this round's month and due day asks for it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-10-20T10:00:00+08:00'));

const SYSTEM = '转发《2027—2029年度低保户数监测报表制度》的通知\n各镇街：\n上级制定了《2027—2029年度低保户数监测报表制度》，现转发给你们，请遵照执行。\n'
  + '一、《制度》自2027年11月1日起执行，有效期到2029年10月31日。\n二、要做好新旧报表制度的衔接，指导各村按新制度报送低保户数和低保人数。';

describe('a reporting system sent without a round', () => {
  it('asks nothing now', () => {
    expect(parse(SYSTEM)).toBeNull();
  });

  it('a round named with its due day is asked', () => {
    const r = parse(`${SYSTEM}\n三、请于12月5日前报送11月的低保户数。`);
    expect(r?.fields).toContain('dibao_households');
    expect(r?.deadline?.toISOString()).toBe('2027-12-05T15:59:59.000Z');
  });
});
