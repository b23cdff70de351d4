// The unit roster: measure words that measure the same quantity at another scale (length, area, mass), each with its
// size in the family's base, so a figure said in one (80公顷, 18,600公斤, 12万斤) converts into the field's own
// (1200亩, 18.6吨, 60吨). Money keeps its own path (values.ts: 万元/千元/亿元 with stated magnitudes).

interface Measure {
  family: 'length' | 'area' | 'mass';
  /** Size in the family's base: metres, square metres, kilograms. */
  size: number;
}

const ROSTER: Readonly<Record<string, Measure>> = {
  米: { family: 'length', size: 1 },
  公里: { family: 'length', size: 1000 },
  千米: { family: 'length', size: 1000 },
  平方米: { family: 'area', size: 1 },
  平米: { family: 'area', size: 1 },
  亩: { family: 'area', size: 2000 / 3 },
  公顷: { family: 'area', size: 10_000 },
  平方公里: { family: 'area', size: 1_000_000 },
  // 1,650千克 is read 1,650千 (a multiplier) then 克: grams at the thousand's scale
  克: { family: 'mass', size: 0.001 },
  公斤: { family: 'mass', size: 1 },
  千克: { family: 'mass', size: 1 },
  斤: { family: 'mass', size: 0.5 },
  吨: { family: 'mass', size: 1000 },
};

/** Measure words of the roster a reply may use beside the fields' own (the quantity finder reads them as units). */
export const ROSTER_UNITS: readonly string[] = Object.keys(ROSTER);

/**
 * How many of the field's unit one of the said unit makes (公顷 for 亩: 15), or undefined when the two are not the same
 * measure at different scales. A field's unit in tens of thousands (万亩, 万吨) counts its own measure word by 10,000.
 */
export function rosterScale(saidUnit: string, fieldUnit: string): number | undefined {
  if (!saidUnit || !fieldUnit || saidUnit === fieldUnit) return undefined;
  const field = measureOf(fieldUnit);
  const said = measureOf(saidUnit);
  if (!field || !said || field.family !== said.family) return undefined;
  return said.size / field.size;
}

function measureOf(unit: string): Measure | undefined {
  const own = ROSTER[unit];
  if (own) return own;
  const tens = unit.startsWith('万') ? ROSTER[unit.slice(1)] : undefined;
  return tens ? { family: tens.family, size: tens.size * 10_000 } : undefined;
}
