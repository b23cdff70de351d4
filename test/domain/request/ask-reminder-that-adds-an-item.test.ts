// A lead's nudge about an open ask that goes on to add an item (…还没报的抓紧。另外再加一项：…，一并报来) asks for the added
// item (ADDED_ASK): the clause after 另外再加一项 is read as the ask, with its own due day; the nudge before it urges what is
// already open and adds nothing. A nudge alone is still no request.
import { describe, expect, it } from 'vitest';
import { localDue, parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-18T09:00:00+08:00');

describe('a reminder that adds an item', () => {
  it('the added item is asked, by its own day, for no period the head names', () => {
    const r = parse('上周要的孤儿人数还有3个镇街没报，请抓紧。另外，这周再加一项：事实无人抚养儿童人数，一并报来，周五前');
    expect(r?.fields).toEqual(['de_facto_orphans']);
    expect(r?.reminder).toBeUndefined();
    expect(r?.period).toBeNull();
    expect(localDue(r)).toBe('2026-11-20T23:59');
  });

  it('the nudge alone asks nothing new', () => {
    expect(parse('上周要的孤儿人数还有3个镇街没报，请抓紧。')).toBeNull();
  });
});
