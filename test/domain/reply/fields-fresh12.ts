// Fields of the fresh12 reply part (造林 in 亩, grain in 吨, 垃圾分类 in 吨) for the reply parser tests.
import type { FieldDef } from '../../../src/domain/types.js';

const num = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'number', unit, min: 0 });

export const Z = {
  plan: num('zl_plan', '计划造林面积', ['计划造林', '造林计划', '造林任务'], '亩'),
  done: num('zl_done', '累计完成造林面积', ['累计完成造林', '完成造林面积', '累计造林面积'], '亩'),
  cut: num('zl_pwd', '松材线虫病除治皆伐面积', ['松材线虫病除治皆伐累计完成面积', '除治皆伐面积', '皆伐面积', '松材线虫病除治'], '亩'),
};

export const G = {
  indica: num('gr_indica', '中晚籼稻收购量', ['中晚籼稻', '中晚稻'], '吨'),
  japonica: num('gr_japonica', '粳稻收购量', ['粳稻'], '吨'),
  rapeseed: num('gr_rapeseed', '油菜籽收购量', ['油菜籽'], '吨'),
};

export const L = {
  kitchen: num('lj_kitchen', '厨余垃圾分出量', ['厨余垃圾', '厨余'], '吨'),
  recycle: num('lj_recycle', '可回收物回收量', ['可回收物'], '吨'),
  points: { key: 'lj_points', label: '分类投放点数量', aliases: ['投放点'], type: 'integer', unit: '个', min: 0 } as FieldDef,
};
