// Fields of the fresh13 reply part (秸秆禁烧, 地质灾害隐患, 农家书屋) for the reply parser tests.
import type { FieldDef } from '../../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 });
const yesNo = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'boolean' });

export const J = {
  plan: yesNo('js_plan', '是否制定禁烧方案', ['禁烧方案', '制定禁烧方案']),
  publicity: yesNo('js_publicity', '是否开展禁烧宣传', ['禁烧宣传', '开展禁烧宣传']),
  ledger: yesNo('js_ledger', '是否建立禁烧台账', ['禁烧台账', '建立禁烧台账']),
  patrol: int('js_patrol', '禁烧巡查人次', ['巡查人次', '巡查'], '人次'),
  fires: int('js_fires', '发现露天焚烧火点数', ['火点数', '焚烧火点', '火点'], '个'),
  stopped: int('js_stopped', '制止焚烧行为起数', ['制止焚烧行为', '制止焚烧'], '起'),
};

export const D = {
  points: int('dz_points', '地质灾害隐患点数', ['隐患点数', '地灾隐患点', '隐患点'], '处'),
  households: int('dz_households', '受威胁户数', ['威胁户数', '受威胁户'], '户'),
  people: int('dz_people', '受威胁人数', ['威胁人数', '受威胁人口'], '人'),
  added: int('dz_new', '汛后新增隐患点数', ['新增隐患点数', '新增隐患点'], '处'),
  relocated: int('dz_relocated', '已搬迁避让户数', ['搬迁避让户数', '搬迁避让'], '户'),
  monitor: yesNo('dz_monitor', '群测群防监测员是否全部落实', ['监测员是否落实', '监测员落实', '监测员']),
};
