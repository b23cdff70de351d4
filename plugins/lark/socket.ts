// Socket (long connection) mode: the SDK's WSClient, its state in the logs and in /healthz.
import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../src/plugins/define.js';
import { larkDomain, sdkLogger } from './client.js';
import type { LarkConfig } from './config.js';

export class LarkSocket {
  private readonly client: lark.WSClient;
  private lastError: string | null = null;
  private reconnects = 0;

  constructor(config: LarkConfig, private readonly logger: Logger) {
    this.client = new lark.WSClient({
      appId: config.appId,
      appSecret: config.appSecret,
      domain: larkDomain(config.domain),
      logger: sdkLogger(logger),
      loggerLevel: lark.LoggerLevel.warn,
      autoReconnect: true,
      onReady: () => logger.info({ plugin: 'lark' }, 'Lark socket connected'),
      onReconnecting: () => {
        this.reconnects++;
        logger.warn({ plugin: 'lark' }, 'Lark socket lost, reconnecting');
      },
      onReconnected: () => logger.info({ plugin: 'lark' }, 'Lark socket reconnected'),
      onError: (err) => {
        this.lastError = err.message;
        logger.error({ plugin: 'lark', err: err.message }, 'Lark socket gave up connecting');
      },
    });
  }

  /** Returns at once; the SDK connects in the background and acks each event after its handler returns. */
  async start(dispatcher: lark.EventDispatcher): Promise<void> {
    await this.client.start({ eventDispatcher: dispatcher });
    this.logger.info({ plugin: 'lark' }, 'Lark socket starting');
  }

  stop(): void {
    this.client.close({ force: true });
  }

  status(): Record<string, unknown> {
    const s = this.client.getConnectionStatus();
    return { socket: s.state, reconnectAttempts: s.reconnectAttempts, reconnects: this.reconnects, socketError: this.lastError };
  }
}
