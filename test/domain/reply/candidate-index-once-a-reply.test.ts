// parseReply keys and looks up the candidate index of the reporter's own unit once: the index parseReply builds for
// its own checks is the one its own part is read with (readUnit), not keyed a second time from the same candidates
// (a reply's set is hundreds of fields in the generated replay, and keying it was done twice a reply).
import { describe, expect, it, vi } from 'vitest';
import * as candidateIndex from '../../../src/domain/reply/candidate-index.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

vi.mock('../../../src/domain/reply/candidate-index.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../src/domain/reply/candidate-index.js')>();
  return { ...mod, indexCandidates: vi.fn(mod.indexCandidates) };
});

describe('the candidate index of a reply', () => {
  it('is looked up once for the reporter’s own unit', () => {
    const calls = vi.mocked(candidateIndex.indexCandidates).mock.calls;
    const before = calls.length;
    const parsed = parseReply('低保户数12户，低保人数30人', { ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)), unitName: '白沙村', others: [] });
    expect(summary(parsed.values)).toEqual(['dibao_households=12@2026-11', 'dibao_persons=30@2026-11']);
    expect(calls.length - before).toBe(1);
  });
});
