// The core's own HTTP routes: the web channel page, the admin console and its API, collection exports.
import { Hono } from 'hono';
import { pageRoutes } from '../pages/page-routes.js';
import { adminApi, answerApiErrors } from './admin-api.js';
import type { Core } from './core.js';

/** Passed to startOnetable as `extend`. */
export function registerCoreRoutes(app: Hono, core: Core): void {
  const routes = new Hono();
  answerApiErrors(routes, core);
  adminApi(routes, core);
  pageRoutes(routes, core);
  app.route('/', routes);
}
