import { z } from 'zod';
import { definePlugin } from '../../src/plugins/define.js';
import { catalogueCommand, ledgersCommand } from './commands.js';

/** Standing ledgers (台账): each period's round opens by itself at 09:00 on the first working day after the period ends. */
export default definePlugin({
  name: 'ledgers',
  title: '台账',
  description: '按周、月、季、年固定报送的台账：每期结束后的第一个工作日上午9点自动发起，私信各单位对口同志，已报过或已问过的不再问。',
  config: z.object({}),
  replay: true,
  setup(ctx) {
    ctx.schedule({
      name: 'open',
      nextDue: (after) => {
        const opening = ctx.ledgers.nextOpening();
        if (!opening) return null;
        // A round missed while the bot was down opens right away.
        return opening > after ? opening : new Date(after.getTime() + 1);
      },
      run: (at) => ctx.transaction(() => void ctx.ledgers.openDue(at)),
    });
    ctx.command(catalogueCommand(ctx));
    ctx.command(ledgersCommand(ctx));
    ctx.health(() => ({ ledgers: ctx.ledgers.all().filter((l) => l.status === 'active').length }));
  },
});
