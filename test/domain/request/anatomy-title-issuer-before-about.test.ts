// 转发市民政局关于…的通知 / 县民政局关于…的通知: an issuer, or a forwarding verb and the body forwarded, may stand before 关于
// in a title line; the title is then read as a title, and the line after it as the addressee line.
import { describe, expect, it } from 'vitest';
import { partTexts, readAnatomy } from '../../../src/domain/request/anatomy.js';

describe('a title with its issuer or a forwarding verb before 关于', () => {
  it('is the title, and the addressee line follows it', () => {
    const a = readAnatomy('转发市民政局关于做好全市低保对象年度统计报告工作的通知\n各镇人民政府、各街道办事处：\n请于每年9月10日前报送低保户数。');
    expect(partTexts(a, 'title')).toEqual(['转发市民政局关于做好全市低保对象年度统计报告工作的通知']);
    expect(partTexts(a, 'addressee')).toEqual(['各镇人民政府、各街道办事处：']);
  });

  it('an issuer before 关于 too', () => {
    const a = readAnatomy('永川区民政局关于开展2049年度低保对象和特困供养人员统计工作的通知\n各镇街民政办：\n请报送低保户数。');
    expect(partTexts(a, 'title')).toEqual(['永川区民政局关于开展2049年度低保对象和特困供养人员统计工作的通知']);
  });

  it('a sentence that refers to a notice is not a title', () => {
    const a = readAnatomy('各镇街民政办：\n请按照市民政局关于做好低保统计工作的通知\n报送低保户数。');
    expect(partTexts(a, 'title')).toEqual([]);
  });
});
