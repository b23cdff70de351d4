// 目录 and 台账 in chat: the catalogue (dictionary fields and the ledgers that keep them) and the standing ledgers with
// their latest round, optionally narrowed by a word (台账 低保, 目录 残疾).
import { describePeriod, type ChatCommand, type FieldDef, type LedgerRecord, type PluginContext } from '../../src/plugins/define.js';

const CADENCE: Record<LedgerRecord['cadence'], string> = { weekly: '每周', monthly: '每月', quarterly: '每季度', yearly: '每年' };
const MAX_LINES = 30;

const matches = (f: FieldDef, word: string): boolean => !word || f.label.includes(word) || f.aliases.some((a) => a.includes(word)) || f.key === word;

export function catalogueCommand(ctx: PluginContext): ChatCommand {
  return {
    name: 'catalogue',
    unaddressed: true,
    pattern: /^目录(?:\s+(\S.*))?$/,
    run: (call) => {
      const word = (call.match[1] ?? '').trim();
      const ledgers = ctx.ledgers.all().filter((l) => l.status === 'active');
      const fields = ctx.dictionary.all().filter((f) => matches(f, word));
      if (!fields.length) {
        call.reply(`目录里没有“${word}”相关的数据项。需要新的数据项请联系管理员添加。`);
        return;
      }
      const lines = fields.slice(0, MAX_LINES).map((f) => {
        const kept = ledgers.filter((l) => l.fields.includes(f.key)).map((l) => `${l.name}${CADENCE[l.cadence]}收集`);
        return `· ${f.label}${f.unit ? `（${f.unit}）` : ''}${kept.length ? `：${kept.join('；')}` : ''}`;
      });
      const more = fields.length > MAX_LINES ? `\n……共 ${fields.length} 项，可加关键词缩小范围，如“目录 低保”。` : '';
      call.reply(`【目录】${word ? `“${word}”相关` : ''}数据项 ${fields.length} 项（标明了按期收集它的台账，台账里的数直接取用，不再另行下发）：\n${lines.join('\n')}${more}`);
    },
  };
}

export function ledgersCommand(ctx: PluginContext): ChatCommand {
  return {
    name: 'ledgers',
    unaddressed: true,
    pattern: /^台账(?:\s+(\S.*))?$/,
    run: (call) => {
      const word = (call.match[1] ?? '').trim();
      const roster = ctx.roster.snapshot();
      const shown = ctx.ledgers.all().filter((l) => !word || l.name.includes(word)
        || l.fields.some((k) => { const f = ctx.dictionary.get(k); return f !== undefined && matches(f, word); }));
      if (!shown.length) {
        call.reply(word ? `没有收集“${word}”的台账。发“目录 ${word}”可以查数据项。` : '还没有台账。每期固定报送的需求登记后，我会问要不要设为台账，回复“设为台账”即可；管理员也可以在管理后台的“台账”页添加。');
        return;
      }
      const blocks = shown.map((l) => {
        const department = roster.departments.find((d) => d.id === l.department)?.name ?? l.department;
        const labels = l.fields.map((k) => ctx.dictionary.get(k)?.label ?? k).join('、');
        const rounds = ctx.ledgers.progress(l.id);
        const last = rounds[rounds.length - 1];
        const next = ctx.ledgers.pending(l.id);
        const lines = [`【${l.name}】${department}，${CADENCE[l.cadence]}，期末后${l.due}天内报${l.status === 'paused' ? '（已暂停）' : ''}`, `数据项：${labels}`];
        if (last) lines.push(`最近一期：${describePeriod(last.period)}，${last.unitsDone}/${last.unitsTotal} 个单位已报齐${last.collectionId ? `（汇总 c${last.collectionId}，可发“导出 c${last.collectionId}”）` : ''}`);
        if (next && l.status === 'active') lines.push(`下一期：${describePeriod(next.period)}，${ctx.collections.day(next.opensAt)} 09:00 自动发起`);
        return lines.join('\n');
      });
      call.reply(blocks.join('\n\n'));
    },
  };
}
