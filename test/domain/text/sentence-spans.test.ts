// sentencesWhere and clauseOnWhere find what a regex with a leading run (/[^。；;\n]*core[^。；;\n]*/g) finds, in linear time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseOnWhere, sentencesWhere, spansOf } from '../../../src/domain/text/spans.js';

const CHARS = ['报', '送', '村', '镇', '企', '业', '每', '日', '所', '在', '，', ',', '。', '；', ';', '\n', ' ', '、', 'a'];
const texts = fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }).map((cs) => cs.join(''));

const CHAIN_CORE = /报(?:送)?(?:各|所在)?(?:村|镇)(?=[,，。；;、\s]|$)/;
const CHAIN_WHOLE = /[^。；;\n]*报(?:送)?(?:各|所在)?(?:村|镇)(?=[,，。；;、\s]|$)[^。；;\n]*/g;
const FIRMS_CORE = /企业[^，,。；;\n]{0,3}?每日[^，,。；;\n]*?报送/;
const FIRMS_WHOLE = /[^，,。；;\n]*企业[^，,。；;\n]{0,3}?每日[^，,。；;\n]*?报送[^。；;\n]*/g;

describe('sentence spans', () => {
  it('a whole sentence where the core matches, as the regex with a leading run finds it', () => {
    expect(sentencesWhere(CHAIN_CORE, '各村于5日前报镇。各镇于8日前报县；')).toEqual([[0, 8]]);
    fc.assert(fc.property(texts, (t) => { expect(sentencesWhere(CHAIN_CORE, t)).toEqual(spansOf(CHAIN_WHOLE, t)); }), { numRuns: 3000 });
  });

  it('from the first clause where the core matches to the end of its sentence', () => {
    expect(clauseOnWhere(FIRMS_CORE, '请督促，企业每日报送，不得迟报。另')).toEqual([[4, 15]]);
    fc.assert(fc.property(texts, (t) => { expect(clauseOnWhere(FIRMS_CORE, t)).toEqual(spansOf(FIRMS_WHOLE, t)); }), { numRuns: 3000 });
  });
});
