// WeCom's XML bodies: flat <xml> documents. No DOCTYPE is ever legitimate, so none is parsed (no entity tricks).
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ parseTagValue: false, processEntities: true, htmlEntities: false, ignoreDeclaration: true, trimValues: false });

/** The <xml> element's children as strings, or null for anything else (bad XML, a DOCTYPE, nested documents). */
export function readXml(text: string): Record<string, string> | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return null;
  let parsed: unknown;
  try {
    parsed = parser.parse(text, true);
  } catch {
    return null;
  }
  const root = (parsed as { xml?: unknown } | null)?.xml;
  if (!root || typeof root !== 'object') return null;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = String(value);
  }
  return out;
}
