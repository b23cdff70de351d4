// Fields of the fresh11 reply corpus (test/fixtures/corpus/replies/fresh11/), for the tests drawn from it.
import type { FieldDef } from '../../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 });

export const K = {
  screened: int('sc_screened', '两癌筛查人数', ['两癌筛查', '筛查人数'], '人'),
  positive: int('sc_positive', '筛查阳性例数', ['阳性例数', '阳性'], '例'),
  newVolunteers: int('vs_new', '新注册志愿者人数', ['新注册志愿者', '新注册'], '人'),
  persuaded: int('ts_persuade', '劝导次数', ['劝导'], '次'),
  violations: int('ts_violations', '纠正交通违法行为起数', ['纠正违法行为', '纠正违法', '交通违法行为'], '起'),
  runningTotal: int('ts_total', '累计劝导次数', ['累计劝导'], '次'),
};
