import { describe, expect, it } from 'vitest';
import { hideNonFigures } from '../../../src/domain/reply/hide.js';

describe('list numbering after a sentence end, blank lines or spaces is hidden, never read as a figure', () => {
  it('hides 2、 and 3、 after blank lines and indentation, keeping every line break and the length', () => {
    const text = '1、低保户数12户；\n\n  2、低保人数20人。\n \n\t3、特困供养人数3人';
    const hidden = hideNonFigures(text);
    expect(hidden).toHaveLength(text.length);
    expect(hidden.split('\n')).toHaveLength(text.split('\n').length);
    expect(hidden).not.toMatch(/[123]、/);
    expect(hidden).toContain('12户');
    expect(hidden).toContain('3人');
  });

  it('hides 二、 after the spaces that open a line, and 2. after a full stop and spaces', () => {
    expect(hideNonFigures('低保户数12户\n   二、特困供养人数3人')).not.toContain('二、');
    expect(hideNonFigures('低保户数12户。  2.特困供养人数3人')).not.toContain('2.');
  });
});
