// onetable's command line: replay | backup | restore | start.
import { loadScenario, replay, ScenarioError } from './replay/run.js';

const USAGE = `usage:
  npm run --silent cli -- replay SCENARIO.json   replay a scenario, print the result as JSON
  npm run cli -- backup FILE                     online backup of the live database
  npm run cli -- restore FILE                    replace the database with a backup (refused while the bot runs)
  npm run cli -- start                           run the bot (same as npm start)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'replay': {
      if (!args[0]) return usage();
      try {
        const output = await replay(loadScenario(args[0]));
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
        return 0;
      } catch (error) {
        if (error instanceof ScenarioError) {
          process.stderr.write(`invalid scenario ${args[0]}:\n${error.message}\n`);
          return 2;
        }
        throw error;
      }
    }
    case 'backup':
    case 'restore': {
      if (!args[0]) return usage();
      const { backup, restore } = await import('./store/backup.js');
      const { loadConfig } = await import('./config.js');
      const config = loadConfig(process.env);
      if (command === 'backup') {
        await backup(config.database, args[0]);
        process.stderr.write(`backed up ${config.database} to ${args[0]}\n`);
      } else {
        const { LockHeldError } = await import('./store/run-lock.js');
        try {
          restore(args[0], config.database);
        } catch (error) {
          if (!(error instanceof LockHeldError)) throw error;
          process.stderr.write(`onetable: restore refused: ${error.message}\n`);
          return 1;
        }
        process.stderr.write(`restored ${config.database} from ${args[0]}\n`);
      }
      return 0;
    }
    case 'start': {
      await import('./main.js');
      return -1;
    }
    default:
      return usage();
  }
}

function usage(): number {
  process.stderr.write(`${USAGE}\n`);
  return 64;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`onetable: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
