// npm start: the bot on the embedded default (SQLite under data/, local web channel, no credentials needed).
import { ConfigError, loadConfig } from './config.js';
import { startOnetable } from './runtime.js';
import { registerCoreRoutes } from './server/admin/core-routes.js';

try {
  const config = loadConfig(process.env);
  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1' && !config.webToken) {
    throw new ConfigError(`ONETABLE_WEB_TOKEN: required when HOST is not a loopback address (HOST=${config.host})`);
  }
  const onetable = await startOnetable(config, { extend: registerCoreRoutes });
  process.stderr.write(`\nonetable is running: ${onetable.url}/  (admin console: ${onetable.url}/admin)\n\n`);
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) process.exit(1); // a second Ctrl+C stops at once
    stopping = true;
    // A plugin or an open connection that never lets go must not keep the server alive after it was told to stop.
    setTimeout(() => {
      process.stderr.write('onetable: shutdown took longer than 10 s, exiting\n');
      process.exit(1);
    }, 10_000).unref();
    void onetable.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
} catch (error) {
  process.stderr.write(`onetable could not start: ${(error as Error).message}\n`);
  process.exit(1);
}
