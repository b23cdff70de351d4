// Stream mode: the official SDK's outbound WebSocket; each robot message is stored, then acknowledged.
import { DWClient, GATEWAY_URL, TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import type { Logger } from '../../src/plugins/define.js';
import type { DingtalkConfig } from './config.js';
import { routeGateway } from './gateway-route.js';
import { TOPIC_CARD, type CardCallback } from './ask-card.js';
import type { DingtalkRobotMessage } from './robot-message.js';

/** The SDK's client, made to stay down once stopped (its reconnect timer would otherwise bring it back). */
class StoppableClient extends DWClient {
  stopped = false;
  connects = 0;

  override async connect(): Promise<void> {
    if (this.stopped) return;
    await super.connect();
  }

  override async _connect(): Promise<void> {
    if (this.stopped) return;
    await super._connect();
    this.connects++;
    if (this.stopped) this.disconnect();
  }
}

export interface StreamHandlers {
  /** Each commits what arrived; throwing leaves it unacknowledged, so DingTalk delivers it again. */
  robotMessage(message: DingtalkRobotMessage, raw: DWClientDownStream): void;
  cardCallback(callback: CardCallback, raw: DWClientDownStream): void;
}

export class DingtalkStream {
  private readonly client: StoppableClient;
  received = 0;
  unacknowledged = 0;

  constructor(private readonly config: DingtalkConfig, private readonly logger: Logger, private readonly handlers: StreamHandlers) {
    this.client = new StoppableClient({ clientId: config.clientId, clientSecret: config.clientSecret, keepAlive: false });
  }

  /** Returns at once; the SDK connects in the background and reconnects after a drop. */
  start(): void {
    const gateway = `${this.config.apiBase}/v1.0/gateway/connections/open`;
    if (gateway !== GATEWAY_URL) routeGateway(this.config.clientId, gateway);
    this.client.registerCallbackListener(TOPIC_ROBOT, (res) => this.onCallback(res, (data) => this.handlers.robotMessage(data as DingtalkRobotMessage, res)));
    if (this.config.askCardTemplateId) {
      this.client.registerCallbackListener(TOPIC_CARD, (res) => this.onCallback(res, (data) => this.handlers.cardCallback(data as CardCallback, res)));
    }
    void this.client.connect();
  }

  stop(): void {
    this.client.stopped = true;
    this.client.disconnect();
  }

  status(): Record<string, unknown> {
    return {
      stream: this.client.connected ? 'connected' : this.client.reconnecting ? 'reconnecting' : 'connecting',
      streamConnects: this.client.connects, messagesReceived: this.received, unacknowledged: this.unacknowledged,
    };
  }

  private onCallback(res: DWClientDownStream, handle: (data: unknown) => void): void {
    this.received++;
    let data: unknown = null;
    try {
      data = JSON.parse(res.data);
    } catch {
      this.logger.warn({ plugin: 'dingtalk', topic: res.headers.topic, messageId: res.headers.messageId }, 'unreadable DingTalk callback, acknowledged and dropped');
    }
    if (data && typeof data === 'object') {
      try {
        handle(data);
      } catch (error) {
        // Not acknowledged: DingTalk delivers it again (about a minute later), and the inbox keeps it to one.
        this.unacknowledged++;
        this.logger.error({ plugin: 'dingtalk', err: (error as Error).message }, 'could not store a DingTalk message; leaving it for redelivery');
        return;
      }
    }
    this.client.socketCallBackResponse(res.headers.messageId, {});
  }
}
