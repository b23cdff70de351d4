// RECHECK_ASKED (domain part): the words that make a lead's message a call to check figures already sent, and which of the
// items with figures on file it points at.
import { describe, expect, it } from 'vitest';
import { doubtsFigures, fieldsPointedAt } from '../../../src/domain/request/recheck.js';
import { fields } from './helpers.js';

const field = (key: string) => fields.find((f) => f.key === key)!;
const dibao = [field('dibao_households'), field('dibao_persons')];

describe('doubtsFigures', () => {
  it('reads a doubt or a call to check again', () => {
    for (const text of ['朱沱镇的低保人数好像不对，请核实后重报', '长青社区的数好像不对，长青再核一下哈', '朱沱镇低保数据有误，请重新报送', '@胡晓燕 你们镇低保人数比上月多了20多人，核实一下']) {
      expect(doubtsFigures(text), text).toBe(true);
    }
  });

  it('reads no doubt in a check that found the figures right, or in a plain ask', () => {
    for (const text of ['朱沱镇数据经核实无误，谢谢', '复核后没有问题', '请朱沱镇于11月30日前报送低保户数']) {
      expect(doubtsFigures(text), text).toBe(false);
    }
  });
});

describe('fieldsPointedAt', () => {
  it('takes the items named by label or alias', () => {
    expect(fieldsPointedAt('朱沱镇的低保人数好像不对', dibao, fields).map((f) => f.key)).toEqual(['dibao_persons']);
  });

  it('takes the items whose counted words the text shares (低保数据 → both 低保 items)', () => {
    expect(fieldsPointedAt('朱沱镇低保数据有误', [...dibao, field('centenarians')], fields).map((f) => f.key)).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('takes every item on file when the text names none', () => {
    expect(fieldsPointedAt('朱沱镇的数据有问题，请核实', dibao, fields)).toHaveLength(2);
  });

  it('takes none when the text points at another item of the dictionary (特困人数 with only 低保 on file)', () => {
    expect(fieldsPointedAt('朱沱镇的特困人数好像不对，请核实', dibao, fields)).toEqual([]);
  });
});
