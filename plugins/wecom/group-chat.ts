// The consolidated group is an application group chat, which only the API can create: create it when it is missing.
import type { WecomApi } from './api.js';
import type { WecomConfig } from './config.js';
import type { Onetable } from './onetable.js';

export type GroupChatState = 'not configured' | 'exists' | 'created' | 'too few bound members' | 'failed';

export async function ensureGroupChat(config: WecomConfig, api: WecomApi, onetable: Onetable): Promise<GroupChatState> {
  if (!config.chatId) return 'not configured';
  try {
    await api.call('get group chat', 'GET', '/cgi-bin/appchat/get', undefined, { chatid: config.chatId });
    return 'exists';
  } catch (error) {
    onetable.logger.info({ plugin: 'wecom', err: (error as Error).message }, 'the WeCom group chat is not readable; creating it');
  }
  const members = onetable.boundUserIds();
  if (members.length < 2) {
    onetable.logger.warn({ plugin: 'wecom', members: members.length }, 'a WeCom group chat needs at least 2 members bound to WeCom');
    return 'too few bound members';
  }
  try {
    await api.call('create group chat', 'POST', '/cgi-bin/appchat/create', {
      name: config.chatName, owner: members[0], userlist: members.slice(0, 2000), chatid: config.chatId,
    });
    return 'created';
  } catch (error) {
    onetable.logger.error({ plugin: 'wecom', err: (error as Error).message }, 'could not create the WeCom group chat');
    return 'failed';
  }
}
