// The candidate index keeps each field's pieces and each phrase's match with a field's names across indexes (a unit's
// set of candidates changes with every notice): an index must read exactly as one built on its own would.
import { describe, expect, it } from 'vitest';
import { indexCandidates } from '../../../src/domain/reply/candidate-index.js';
import { asWritten, namesMatch } from '../../../src/domain/reply/similarity.js';
import { labelForms, shortLabelForms } from '../../../src/domain/reply/values.js';
import { F } from './fixtures.js';

const PHRASES = ['低保户', '九小场所', '整改进度', '检查时间', '已经检查的场所', '井盖坏了', '联系人', '两项补贴'];

describe('a candidate index built after others sharing its fields', () => {
  it('matches, names and label forms as its own fields alone give', () => {
    indexCandidates([F.dibaoHouseholds, F.jiuxiao, F.rectify, F.contact]).match('低保户');
    indexCandidates([F.rectify, F.inspectedOn, F.manholes]).match('整改进度');
    const fields = [F.jiuxiao, F.inspected, F.rectify, F.inspectedOn, F.manholes, F.contact, F.subsidy, F.dibaoHouseholds];
    const index = indexCandidates(fields);
    expect(index.entries.map((e) => e.field.key)).toEqual(fields.map((f) => f.key));
    const names = [...new Set(fields.flatMap((f) => [f.label, ...f.aliases]))];
    expect(index.allNames).toEqual([...names].sort((a, b) => b.length - a.length));
    for (const phrase of PHRASES) {
      expect(index.match(phrase)).toEqual(fields.map((f) => namesMatch(asWritten(phrase), [f.label, ...f.aliases])));
    }
    for (const entry of index.entries) {
      expect(index.labelForms(entry)).toEqual(labelForms(entry.field, fields));
      expect(index.shortLabelForms(entry)).toEqual(shortLabelForms(entry.field, fields));
    }
  });
});
