// 附件：1.…实施方案 2.高新技术企业综合统计快报表: an attachment entry that names a form holds 报 in the name (快报表, 月报表),
// which asks nothing; the entry stays in the attachment list (and a form the ask points to is read from it).
import { describe, expect, it } from 'vitest';
import { partTexts, readAnatomy } from '../../../src/domain/request/anatomy.js';

describe('an attachment entry whose form name holds 报', () => {
  const text = '关于开展2049年度低保统计调查工作的通知\n各镇人民政府、各街道办事处：\n一、调查内容\n低保对象统计调查（月报、年报），要求详见实施方案（附件1）。\n二、工作要求\n请各镇街据实、及时、准确上报统计数据。\n附件：1.2049年度低保统计调查实施方案\n2.低保对象综合统计快报表\n区民政局\n2049年1月9日';

  it('stays in the attachment list', () => {
    expect(partTexts(readAnatomy(text), 'attachment')).toEqual(['附件：1.2049年度低保统计调查实施方案', '2.低保对象综合统计快报表']);
  });

  it('an entry that asks is not an attachment', () => {
    const a = readAnatomy('关于报送低保户数的通知\n各镇人民政府、各街道办事处：\n附件：1.低保户数统计表\n2.请于5月10日前报送区民政局\n区民政局');
    expect(partTexts(a, 'attachment')).toEqual(['附件：1.低保户数统计表']);
  });
});
