// 四、成果报送：请将…报… — a heading of no known kind with its text on the same line: the text is read as the ask it is.
import { describe, expect, it } from 'vitest';
import { partTexts, readAnatomy } from '../../../src/domain/request/anatomy.js';

describe('a heading of no known kind followed on its line by text', () => {
  it('the rest of the line is an ask, not part of the heading', () => {
    const a = readAnatomy('关于开展水闸普查的通知\n各镇人民政府：\n四、成果报送：请将水闸数量统计表于10月25日前报县水利局。');
    expect(partTexts(a, 'heading')).toEqual(['四、成果报送：']);
    expect(partTexts(a, 'ask').join('')).toContain('请将水闸数量统计表');
  });
});
