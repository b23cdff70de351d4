// Field definitions from the fresh4 reply corpus (village fire drills, street manholes, disputes and houses), shared by
// the tests of the behaviours that corpus brought out.
import type { FieldDef } from '../../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 });

export const G = {
  drills: int('ff_drills', '森林防火演练次数', ['演练次数', '防火演练'], '次'),
  participants: int('ff_participants', '参演人数', ['参加演练人数', '参演'], '人'),
  lastDrill: { key: 'ff_last_drill', label: '最近一次演练日期', aliases: ['演练日期', '最近演练日期'], type: 'date' } as FieldDef,
  hazards: int('ff_hazards', '火灾隐患排查处数', ['隐患排查处数', '排查隐患', '火灾隐患'], '处'),
  fixed: int('ff_fixed', '火灾隐患已整改处数', ['已整改处数', '已整改'], '处'),
  progress: { key: 'ff_progress', label: '火灾隐患整改进度', aliases: ['整改进度'], type: 'enum', options: ['已完成', '整改中', '未开始'] } as FieldDef,
  team: { key: 'ff_team', label: '是否组建扑火队伍', aliases: ['扑火队伍', '半专业扑火队'], type: 'boolean' } as FieldDef,
  manholes: int('mh_total', '排查井盖数', ['井盖排查数', '井盖数'], '个'),
  broken: int('mh_broken', '破损缺失井盖数', ['破损井盖数', '井盖破损缺失', '破损缺失'], '个'),
  roadClear: { key: 'road_clear', label: '道路是否畅通', aliases: ['道路畅通', '道路通行'], type: 'boolean' } as FieldDef,
  issue: { key: 'mh_issue', label: '主要问题', aliases: ['存在问题', '存在的主要问题'], type: 'text' } as FieldDef,
  disputes: int('md_found', '排查矛盾纠纷件数', ['排查纠纷件数', '排查纠纷', '矛盾纠纷件数'], '件'),
  mediated: int('md_solved', '调解成功件数', ['调解成功', '化解件数'], '件'),
  allMediated: { key: 'md_all_done', label: '是否全部调解成功', aliases: ['全部调解成功', '全部化解'], type: 'boolean' } as FieldDef,
  keyDispute: { key: 'md_key', label: '重点矛盾纠纷情况', aliases: ['重点纠纷', '重点矛盾纠纷'], type: 'text' } as FieldDef,
  houses: int('dh_count', 'C/D级危房户数', ['危房户数', 'CD级危房户数'], '户'),
  evacuated: { key: 'dh_evacuated', label: '危房人员是否全部撤离', aliases: ['危房人员撤离', '危房撤离'], type: 'boolean' } as FieldDef,
  visited: int('wa_visited', '走访困难群众户数', ['走访户数', '走访困难户'], '户'),
  visitsDone: { key: 'wa_done', label: '是否完成走访', aliases: ['走访完成', '完成走访'], type: 'boolean' } as FieldDef,
  vaccinated: { key: 'pig_vacc_done', label: '是否开展强制免疫', aliases: ['强制免疫'], type: 'boolean' } as FieldDef,
  vaccRate: { key: 'pig_vacc_rate', label: '强制免疫免疫率', aliases: ['免疫率'], type: 'number', unit: '%', min: 0, max: 100 } as FieldDef,
  quilts: int('wa_quilts', '发放棉被床数', ['发放棉被', '棉被'], '床'),
  visitDate: { key: 'wa_date', label: '集中慰问日期', aliases: ['慰问日期'], type: 'date' } as FieldDef,
};
