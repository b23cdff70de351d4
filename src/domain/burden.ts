// Burden figures: what the bot asked of people and what it spared them, per department and per member. Pure. Lists
// keep the roster's order and never rank people or units (the 2023 rules against 指尖上的形式主义 forbid 打卡/积分排名).

export interface BurdenRow {
  /** Asks that went out to the member. */
  sent: number;
  /** Asks the bot did not have to make: the pool held the figure, or an earlier ask (merged request, ledger) covered it. */
  avoided: { pool: number; merge: number; ledger: number };
  /** Figures confirmed as unchanged from the last period (无变化, 与上月相同) instead of typed again. */
  confirmed: number;
}

export interface MemberBurden extends BurdenRow {
  id: string;
  name: string;
  unit: string;
  /** DMs the bot started with the member on each working day of the window (the window's length in days). */
  dmsPerDay: number[];
}

export interface DepartmentBurden extends BurdenRow {
  id: string;
  name: string;
}

export interface BurdenFigures {
  /** Working days the DM figures cover, oldest first (YYYY-MM-DD). */
  window: string[];
  minutesPerAsk: number;
  departments: DepartmentBurden[];
  members: MemberBurden[];
}

export const avoidedTotal = (r: BurdenRow): number => r.avoided.pool + r.avoided.merge + r.avoided.ledger;

/** Minutes spared: every avoided ask at the configured minutes per ask. */
export const minutesSaved = (r: BurdenRow, minutesPerAsk: number): number => avoidedTotal(r) * minutesPerAsk;

const hours = (minutes: number): string => `${Math.round(minutes / 6) / 10}`;

/** DMs per person per working day over the window: the average over everyone asked, and the most anyone had on a day. */
export function dmsPerPersonDay(f: BurdenFigures): { average: number; most: number; people: number } {
  const people = f.members.filter((m) => m.sent > 0 || m.dmsPerDay.some((n) => n > 0));
  const total = people.reduce((n, m) => n + m.dmsPerDay.reduce((a, b) => a + b, 0), 0);
  const days = f.window.length || 1;
  return {
    average: people.length ? Math.round((total / (people.length * days)) * 10) / 10 : 0,
    most: Math.max(0, ...people.flatMap((m) => m.dmsPerDay)),
    people: people.length,
  };
}

/** The digest's lines: one per department that asked anything (roster order), then the per-person DM figure. */
export function burdenLines(f: BurdenFigures): string[] {
  const lines = f.departments
    .filter((d) => d.sent || avoidedTotal(d) || d.confirmed)
    .map((d) => {
      const avoided = avoidedTotal(d);
      const parts = [`问 ${d.sent} 项`];
      if (avoided) {
        const why = [d.avoided.pool ? `数据池 ${d.avoided.pool}` : '', d.avoided.merge ? `合并 ${d.avoided.merge}` : '', d.avoided.ledger ? `台账 ${d.avoided.ledger}` : '']
          .filter(Boolean).join('、');
        parts.push(`免问 ${avoided} 项（${why}），约省 ${hours(minutesSaved(d, f.minutesPerAsk))} 小时`);
      }
      if (d.confirmed) parts.push(`沿用上期 ${d.confirmed} 项`);
      return `${d.name}：${parts.join('，')}`;
    });
  const dms = dmsPerPersonDay(f);
  if (dms.people) lines.push(`近 ${f.window.length} 个工作日，每人每个工作日收到报数私信平均 ${dms.average} 条，单日最多 ${dms.most} 条`);
  return lines;
}
