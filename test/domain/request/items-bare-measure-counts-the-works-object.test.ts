// A measure asked with no object (名单和人数, 户数和人数) counts the object of the work the notice names — in a chat message's
// opening clause (持证残疾人数据核对，请…) or in its title (关于开展持证残疾人数据核对工作的通知): BARE_MEASURE_OBJECT, when the
// dictionary knows that object with that measure outright. With no such work named, the bare measure still names nothing.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2027-11-16T10:00:00+08:00');

describe('a bare measure counts the work’s object', () => {
  it('the opening clause of a chat ask names the work', () => {
    expect(parse('持证残疾人数据核对，请在周五前将名单和人数反馈给我')?.fields).toEqual(['certified_disabled']);
  });

  it('the title names the work', () => {
    expect(parse('【区民政局】关于开展持证残疾人数据核对工作的通知\n各镇街：\n请各镇街于11月30日前报送名单和人数。')?.fields).toEqual(['certified_disabled']);
  });

  it('no work named: the bare measure names nothing', () => {
    expect(parse('请各镇街周五前报送名单和人数')).toBeNull();
  });
});
