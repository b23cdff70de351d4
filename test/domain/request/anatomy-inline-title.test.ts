// INLINE_TITLE: 关于报送应急避难场所数的通知：各镇街于11月28日前报送。 — a whole title before a colon heads the body on its own
// line. Read as one line, the ask named no item (the title's were not lent) and the message was no request.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';

describe('a title written on the line of its body', () => {
  it('lends its items to an ask that names none', () => {
    expect(parseWithDictionary('关于报送应急避难场所数的通知：各镇街于11月28日前报送。', 'lead_yb', AT)?.fields).toEqual(['flood_shelters']);
  });

  it('leaves a short head label as it was', () => {
    expect(parseWithDictionary('紧急通知：各镇街于11月28日前报送低保户数。', 'lead_mz', AT)?.fields).toEqual(['dibao_households']);
  });
});
