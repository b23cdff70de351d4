// 麻烦 / 辛苦 open a spoken ask only as its polite verb, at a clause's head or before whom it asks (麻烦各村…, 辛苦大家…:
// POLITE_OPENING). Inside a clause they are a noun or an adjective of the story (老兵说怕给政府添麻烦, 工作很辛苦): a story
// quoting them stays a story, and its 截至目前…走访慰问480人次 is told, not asked.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2027-11-16T10:00:00+08:00');

describe('a polite word inside a story is not a chat ask', () => {
  it('a quoted 添麻烦 in a town story: not a request', () => {
    expect(parse('【区民政局】朱沱镇退役军人服务站获评全省示范站\n'
      + '“以前总怕给政府添麻烦，没想到来一趟事情就办好了。”老兵王大爷在朱沱镇退役军人服务站办完事后说。\n'
      + '朱沱镇退役军人服务站去年挂牌，3名工作人员都是退役军人，协助做好优抚帮扶和走访慰问。\n'
      + '截至目前，服务站已采集退役军人信息210人，走访慰问老兵300人次。')).toBeNull();
  });

  it('a clause opened by 麻烦 still asks', () => {
    expect(parse('朱沱镇退役军人服务站工作情况\n朱沱镇退役军人服务站运行一年了。麻烦周五前报一下走访慰问老兵人次。')).not.toBeNull();
  });
});
