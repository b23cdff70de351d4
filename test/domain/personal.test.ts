// Personal information in the domain: which fields hold it, ID-card and mobile numbers found in text, and masks.
import { describe, expect, it } from 'vitest';
import {
  exposedPersonalNumbers, findPersonalNumbers, isIdCardNumber, isPersonalField, maskNumbersIn, maskPersonalText,
} from '../../src/domain/personal.js';

describe('isIdCardNumber', () => {
  it('accepts 17 digits with the right check character and refuses any other', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(isIdCardNumber('11010519491231002x')).toBe(true);
    expect(isIdCardNumber('110105194912310021')).toBe(false);
    expect(isIdCardNumber('51010019800101001')).toBe(false);
  });
});

describe('findPersonalNumbers', () => {
  it('finds ID numbers with a valid check digit and mobile numbers, in text order', () => {
    const text = '张三 11010519491231002X，电话13812345678；李四 138-1234-5679';
    expect(findPersonalNumbers(text).map((n) => [n.kind, text.slice(n.start, n.end)])).toEqual([
      ['id-card', '11010519491231002X'], ['mobile', '13812345678'], ['mobile', '138-1234-5679'],
    ]);
  });

  it('leaves figures, landlines, order numbers and 18 digits that fail the check alone', () => {
    expect(findPersonalNumbers('低保户数 13812，资金 1381234567.5 元，电话 6632418，单号 1381234567890')).toEqual([]);
    expect(findPersonalNumbers('110105194912310021')).toEqual([]);
    expect(findPersonalNumbers('全年发放资金 15000000000元，覆盖 13812345678 户次')).toEqual([]);
  });

  it('reads full-width digits', () => {
    expect(findPersonalNumbers('手机：１３８１２３４５６７８')).toHaveLength(1);
  });
});

describe('exposedPersonalNumbers', () => {
  it('leaves a mobile number in a contact part, in a short message and a very long one alike', () => {
    const notice = '请各村于11月26日前报送低保户数。\n联系人：吴涛 13983045678';
    expect(exposedPersonalNumbers(notice)).toEqual([]);
    const long = `${'各村情况说明。'.repeat(4000)}\n张三 13812345678\n联系人：吴涛 13983045678`;
    expect(exposedPersonalNumbers(long).map((n) => long.slice(n.start, n.end))).toEqual(['13812345678']);
    expect(exposedPersonalNumbers('联系人：张三 11010519491231002X')).toHaveLength(1);
  });
});

describe('masks', () => {
  it('keeps the first three and last four digits of each number found', () => {
    const text = '身份证11010519491231002X 手机13812345678';
    expect(maskNumbersIn(text, findPersonalNumbers(text))).toBe('身份证110***********002X 手机138****5678');
  });

  it('keeps only the first character of every other word of a personal value', () => {
    expect(maskPersonalText('罗永 13668201774')).toBe('罗* 136****1774');
    expect(maskPersonalText('张三、李四')).toBe('张*、李*');
    expect(maskPersonalText('朱沱镇大河村3组12号')).toBe('朱**********');
  });
});

describe('isPersonalField', () => {
  const text = (label: string, aliases: string[] = []) => ({ label, aliases, type: 'text' as const });
  it('reads ID numbers, telephones, home addresses and lists of people from a text field\'s name', () => {
    for (const label of ['身份证号', '网格员联系电话', '手机号', '家庭住址', '困难群众名单']) expect(isPersonalField(text(label))).toBe(true);
    expect(isPersonalField(text('联系人', ['联系人及手机号']))).toBe(true);
    expect(isPersonalField(text('矛盾纠纷典型案例'))).toBe(false);
  });

  it('takes a count for a figure, and an explicit mark over the name', () => {
    expect(isPersonalField({ label: '名单人数', aliases: [], type: 'integer' })).toBe(false);
    expect(isPersonalField({ ...text('值班电话'), personal: false })).toBe(false);
    expect(isPersonalField({ ...text('走访记录'), personal: true })).toBe(true);
  });
});
