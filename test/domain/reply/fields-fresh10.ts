// Items of the fresh10 reply scenarios (反诈宣传, 劳动力转移就业, 独居老人巡查), for the tests of the phase-13 readings.
import type { FieldDef } from '../../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 });

export const H = {
  visited: int('fz_visited', '反诈入户宣传户数', ['入户宣传户数', '入户宣传'], '户'),
  app: int('fz_app', '本月新增安装反诈APP人数', ['新增安装反诈APP人数', '新增安装APP人数'], '人'),
  cases: int('fz_cases', '电信网络诈骗发案起数', ['发案起数', '发案数'], '起'),
  events: int('fz_events', '反诈宣传活动场次', ['宣传活动场次', '宣传活动'], '场'),
  fairs: int('lab_fairs', '招聘会场次', ['招聘会', '举办招聘会场次'], '场'),
  publicJobs: int('lab_public', '公益性岗位安置人数', ['公益岗安置人数', '公益岗'], '人'),
  alone: int('el_alone', '独居老人人数', ['独居老人'], '人'),
  visits: int('el_visits', '巡查走访人次', ['走访人次', '巡查走访'], '人次'),
};
