// The SDK asks a fixed address for its Stream endpoint; a private deployment (or a test) has its own.
// The request goes through axios's shared instance, so a request interceptor redirects it by client id.
import axios from 'axios';
import { GATEWAY_URL } from 'dingtalk-stream';

const routes = new Map<string, string>();
let installed = false;

/**
 * Sends the SDK's open-connection requests for `clientId` to `url`. The route stays for the life of the process: a
 * stopped client must never fall back to the public address.
 */
export function routeGateway(clientId: string, url: string): void {
  if (!installed) {
    axios.interceptors.request.use((config) => {
      const clientOf = (config.data as { clientId?: unknown } | undefined)?.clientId;
      const to = config.url === GATEWAY_URL && typeof clientOf === 'string' ? routes.get(clientOf) : undefined;
      return to ? { ...config, url: to } : config;
    });
    installed = true;
  }
  routes.set(clientId, url);
}
