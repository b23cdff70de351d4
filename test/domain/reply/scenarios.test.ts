// Score check against the public scenarios: each staff reply, parsed with the candidates its unit had open,
// must yield exactly the values the expected file attributes to it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply, type ReplyCandidate } from '../../../src/domain/reply/parse.js';
import { PUBLIC_SCENARIOS } from '../../support/paths.js';

const dir = `${PUBLIC_SCENARIOS}/`;

interface Scenario {
  timezone?: string;
  botName?: string;
  fields: FieldDef[];
  members: Array<{ id: string; unit?: string }>;
  events: Array<{ at: string; from?: string; in?: string; text?: string }>;
}
interface ExpectedValue { unit: string; field: string; period: string | null; value: unknown; event: number }

/**
 * Values a reply really gives but that a later message overwrites (so the expected pool cites the later event).
 * They are what the text says; listing them keeps the check exact instead of tolerating any extra value.
 */
const SUPERSEDED: Record<string, Record<number, Array<{ field: string; period: string; value: unknown }>>> = {
  'yongchuan-social-assistance': {
    22: [{ field: 'dibao_households', period: '2026-11', value: 110 }],
    28: [{ field: 'dibao_households', period: '2026-11', value: 156 }],
  },
  'jiangbei-safety-inspection': {
    14: [{ field: 'broken_manhole_covers', period: '2026-11', value: 3 }],
    21: [{ field: 'self_check_done', period: '2026-11-25', value: false }],
  },
};

const key = (v: { field: string; period: string | null; value: unknown }): string => `${v.field}@${v.period}=${JSON.stringify(v.value)}`;

for (const name of Object.keys(SUPERSEDED)) {
  const scenarioPath = `${dir}${name}.json`;
  const expectedPath = `${dir}${name}.expected.json`;
  describe.skipIf(!existsSync(scenarioPath))(`replies in ${name}`, () => {
    const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8')) as Scenario;
    const expected = (JSON.parse(readFileSync(expectedPath, 'utf8')) as { values: ExpectedValue[] }).values;
    const fields = new Map(scenario.fields.map((f) => [f.key, { ...f, aliases: f.aliases ?? [] }]));
    const members = new Map(scenario.members.map((m) => [m.id, m]));
    const mention = `@${scenario.botName ?? '一表通'}`;

    scenario.events.forEach((event, i) => {
      if (!event.text || !event.from) return;
      const unit = members.get(event.from)?.unit;
      if (!unit) return;
      if (event.in !== 'dm' && !event.text.includes(mention)) return;
      it(`event ${i}: ${event.text.slice(0, 40)}`, () => {
        const candidates: ReplyCandidate[] = expected
          .filter((v) => v.unit === unit)
          .map((v) => ({ field: fields.get(v.field)!, period: v.period, answered: v.event < i }));
        const parsed = parseReply(event.text!, {
          at: new Date(event.at), timezone: scenario.timezone ?? 'Asia/Shanghai', candidates,
        });
        const want = [
          ...expected.filter((v) => v.unit === unit && v.event === i),
          ...(SUPERSEDED[name]![i] ?? []),
        ].map(key).sort();
        expect(parsed.values.map(key).sort()).toEqual(want);
      });
    });
  });
}
