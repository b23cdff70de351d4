// What the console needs to draw a plugin's config form: fields from its zod schema, secrets masked.
import { z } from 'zod';
import type { PluginInfo } from '../../plugins/host.js';
import type { PluginDefinition } from '../../plugins/define.js';

export interface FormField {
  key: string;
  /** What the console shows: the schema's title (飞书 plugins give one in Chinese), else the key. */
  label: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'enum';
  description: string;
  required: boolean;
  secret: boolean;
  options?: string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

interface JsonProp {
  title?: string;
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  anyOf?: JsonProp[];
}

export function formFields(definition: PluginDefinition): FormField[] {
  const schema = z.toJSONSchema(definition.config as z.ZodType, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonProp>; required?: string[];
  };
  const secrets = new Set(definition.secrets ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, raw]) => {
    const prop = raw.anyOf?.find((p) => p.type !== 'null') ?? raw;
    const t = Array.isArray(prop.type) ? prop.type.find((x) => x !== 'null') : prop.type;
    const type: FormField['type'] = prop.enum ? 'enum' : t === 'number' || t === 'integer' || t === 'boolean' ? t : 'string';
    return {
      key, label: raw.title ?? prop.title ?? key, type, description: raw.description ?? prop.description ?? '', required: (schema.required ?? []).includes(key),
      secret: secrets.has(key),
      ...(prop.enum ? { options: prop.enum.map(String) } : {}),
      ...(prop.minimum !== undefined ? { minimum: prop.minimum } : {}),
      ...(prop.maximum !== undefined ? { maximum: prop.maximum } : {}),
      ...(raw.default !== undefined && !secrets.has(key) ? { default: raw.default } : {}),
    };
  });
}

/** The plugin as the browser may see it: secret values replaced by whether they are set. */
export function maskedInfo(info: PluginInfo, definition: PluginDefinition): Record<string, unknown> {
  const secrets = new Set(info.secrets);
  const config = Object.fromEntries(Object.entries(info.config).filter(([k]) => !secrets.has(k)));
  const secretsSet = Object.fromEntries(info.secrets.map((k) => [k, info.config[k] !== undefined && info.config[k] !== '']));
  return {
    name: info.name, title: info.title, description: info.description, status: info.status, error: info.error, enabled: info.enabled,
    config, secretsSet, health: info.health, fields: formFields(definition),
  };
}
