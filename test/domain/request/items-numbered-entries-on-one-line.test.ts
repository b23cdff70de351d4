// Numbered entries may be written on one line (请报送：1.光伏安装户数 2.充电桩个数): the number that opens each entry marks it
// and is no part of the item's name (ENTRY_NUMBER_IN_LINE), as it is not when each entry has a line of its own. A decimal
// figure (2.5万元) is no entry mark.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2027-11-16T10:00:00+08:00');
const labels = (text: string) => parse(text)?.newFields.map((f) => f.label);

describe('numbered entries on one line', () => {
  it('1. 2. on one line: the labels carry no number', () => {
    expect(labels('请各镇街11月30日前报送：1.屋顶光伏安装户数 2.村级充电桩个数')).toEqual(['屋顶光伏安装户数', '村级充电桩个数']);
  });

  it('（1）（2） on one line too', () => {
    expect(labels('请各镇街11月30日前报送：（1）屋顶光伏安装户数 （2）村级充电桩个数')).toEqual(['屋顶光伏安装户数', '村级充电桩个数']);
  });

  it('the same entries on their own lines read the same', () => {
    expect(labels('请各镇街11月30日前报送：\n1.屋顶光伏安装户数\n2.村级充电桩个数')).toEqual(['屋顶光伏安装户数', '村级充电桩个数']);
  });
});
