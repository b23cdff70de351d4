// Work a notice tells its units to do (要深入基层…关照好特困供养人员) is background to the ask: it names no item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-12-05T16:00:00+08:00'));

describe('items are not read from the background', () => {
  it('a cold-weather notice that names a group to look after asks for nothing', () => {
    const text = '关于切实做好困难群众防寒越冬工作的紧急通知\n各镇人民政府、各街道办事处：\n为确保困难群众温暖过冬，现紧急通知如下：\n'
      + '一、各镇街领导干部要深入基层，对辖区困难群众普遍排摸一次，尤其关照好孤寡老人、特困供养人员。\n三、加强应急值班，遇到情况要及时组织力量妥善处理并上报。';
    expect(parse(text)).toBeNull();
  });

  it('the ask still gives its items when the background names another', () => {
    const text = '关于报送低保数据的通知\n各镇人民政府：\n一、各镇街要关照好特困供养人员。\n二、请于12月10日前将低保户数报区民政局。';
    expect(parse(text)?.fields).toEqual(['dibao_households']);
  });
});
