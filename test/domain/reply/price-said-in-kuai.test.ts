// A price said the way people say it: 块 is the spoken 元 and the digit after it the 角 (七块二 is 7.2元, never 7).
import { describe, expect, it } from 'vitest';
import { findQuantities, unitList } from '../../../src/domain/reply/quantities.js';

const read = (text: string) =>
  findQuantities(text, new Uint8Array(text.length), unitList(['元/公斤'])).map((q) => [q.value, q.unit, q.approximate]);

describe('a price said in 块', () => {
  it('reads the digit after 块 as tenths of a 元', () => {
    expect(read('鲜叶均价3月九块 4月七块二')).toEqual([[9, '块', false], [7.2, '元', false]]);
    expect(read('均价9块3 户数同4月')).toEqual([[9.3, '元', false]]);
    expect(read('光山4月均价七块一')).toEqual([[7.1, '元', false]]);
  });

  it('reads 毛/角 and 分, and 零 before the hundredths', () => {
    expect(read('三块五毛')).toEqual([[3.5, '元', false]]);
    expect(read('九块三毛五')).toEqual([[9.35, '元', false]]);
    expect(read('三块零五，')).toEqual([[3.05, '元', false]]);
    expect(read('7块5左右')).toEqual([[7.5, '元', true]]);
  });

  it('in a voice run, ends the price where the next item\'s words start (fresh19 均价四十七块五收入四十九万四)', () => {
    expect(read('均价四十七块五收入四十九万四')).toEqual([[47.5, '元', false], [494000, '', false]]);
    expect(read('均价47块5收入49万')).toEqual([[47.5, '元', false], [490000, '', false]]);
    expect(read('宣传牌2块3个')).toEqual([[2, '块', false], [3, '个', false]]);
  });

  it('leaves 块 counting things alone', () => {
    expect(read('3块地')).toEqual([[3, '块', false]]);
    expect(read('宣传牌2块，3个')).toEqual([[2, '块', false], [3, '个', false]]);
  });
});
