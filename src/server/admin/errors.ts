// Errors of the admin API: always `{error, path}`, path in dotted form ('' for the whole body).
import { readJsonBody } from '../../http/guards.js';
import { dottedPath as dotted } from '../../issues.js';
import type { Context } from 'hono';
import type { z } from 'zod';
import { chineseErrors } from './chinese-errors.js';

export class ApiError extends Error {
  constructor(readonly status: 400 | 404 | 409, message: string, readonly path = '', readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

/** The body parsed with the schema, or an ApiError naming the first bad path. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const body = await readJsonBody(c);
  if (!body.ok) throw new ApiError(400, body.error);
  return parseWith(schema, body.value);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value, { error: chineseErrors });
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: dotted(i.path), message: i.message }));
    throw new ApiError(400, issues[0]!.message, issues[0]!.path, { issues });
  }
  return result.data;
}

export function sendError(c: Context, error: ApiError): Response {
  return c.json({ error: error.message, path: error.path, ...error.extra }, error.status);
}
