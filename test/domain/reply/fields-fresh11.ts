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

const num = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'number', unit, min: 0 });

/** 脐橙产销 (安坪镇): four figures and a yes/no. */
export const N = {
  picked: num('nc_picked', '脐橙采摘量', ['采摘量', '采摘脐橙'], '吨'),
  sold: num('nc_sold', '脐橙销售量', ['销售量', '销售脐橙'], '吨'),
  online: num('nc_online', '电商销售额', ['电商销售', '网上销售额'], '万元'),
  price: num('nc_price', '平均收购价', ['收购价', '收购均价'], '元/斤'),
  fair: { key: 'nc_fair', label: '是否开展产销对接活动', aliases: ['产销对接活动', '产销对接'], type: 'boolean' } as FieldDef,
};
