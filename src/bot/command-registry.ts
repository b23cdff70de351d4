// Chat commands (帮助, 导出 c12, …): the core's and those plugins add, matched in order, each open to certain roles.
import type { OutboundMessage } from '../chat/contract.js';
import type { Member, Role } from '../domain/types.js';

/** One use of a command: who sent it, what matched, and a way to answer in the chat it came from. */
export interface CommandCall {
  readonly member: Member;
  /** The message text without the @bot mention, trimmed. */
  readonly text: string;
  readonly match: RegExpExecArray;
  /** When the message was written (periods such as 本月 are read against it). */
  readonly at: Date;
  readonly now: Date;
  reply(message: string | OutboundMessage): void;
}

export interface ChatCommand {
  /** Unique among commands; a plugin's commands are removed by name when it stops. */
  name: string;
  /** Matched against the whole text (anchor it). */
  pattern: RegExp;
  /** Who may use it (default: everyone on the roster). Others pass on to the next handler, or hear `refusal`. */
  roles?: readonly Role[];
  refusal?: string;
  /** Loose phrasing (…多少): tried only after every other command. */
  broad?: boolean;
  /**
   * Its words mean nothing but the command (导出, 进度, 台账): said by a lead or an admin in the channel without an @, it is
   * run all the same (see bot/leads.ts, LEAD_COMMAND_IN_THE_CHANNEL).
   */
  unaddressed?: boolean;
  run(call: CommandCall): void;
}

export class CommandRegistry {
  private readonly commands = new Map<string, ChatCommand>();

  register(command: ChatCommand): void {
    if (this.commands.has(command.name)) throw new Error(`a command named "${command.name}" is already registered`);
    this.commands.set(command.name, command);
  }

  /** Every registered command, in registration order. */
  list(): ChatCommand[] {
    return [...this.commands.values()];
  }

  unregister(name: string): void {
    this.commands.delete(name);
  }

  /**
   * Runs the first command that matches and is open to the member (or answers its refusal); false when none applies.
   * `unaddressed`: the message was not addressed to the bot, and only commands marked `unaddressed` are tried; none
   * answers its refusal, since the message may not have been meant for the bot.
   */
  run(call: Omit<CommandCall, 'match'>, options: { unaddressed?: boolean } = {}): boolean {
    const { unaddressed = false } = options;
    for (const command of this.ordered()) {
      if (unaddressed && !command.unaddressed) continue;
      const match = command.pattern.exec(call.text);
      if (!match) continue;
      if (command.roles && !command.roles.includes(call.member.role)) {
        if (command.refusal === undefined || unaddressed) continue;
        call.reply(command.refusal);
        return true;
      }
      command.run({ ...call, match });
      return true;
    }
    return false;
  }

  private ordered(): ChatCommand[] {
    const all = [...this.commands.values()];
    return [...all.filter((c) => !c.broad), ...all.filter((c) => c.broad)];
  }
}
