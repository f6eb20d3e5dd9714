import { commands, describeError, helpText, type Io, parseCommandArgs } from './commands.ts';
import { cliDeps, cliEnv } from './context.ts';

/**
 * `npm run mewayz -- <command>`: the operator CLI. Results go to stdout (so scripts can capture a
 * token secret or an id), everything for humans to stderr; errors exit 1 with a clear message.
 */
export async function runCli(argv: string[], io: Io, env = cliEnv()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(helpText());
    return name ? 0 : 1;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.err(`unknown command: ${name}\n\n${helpText()}`);
    return 1;
  }
  try {
    const args = parseCommandArgs(cmd, rest);
    if (args.help) {
      io.out(helpText(cmd));
      return 0;
    }
    let memo: ReturnType<typeof cliDeps> | null = null;
    await cmd.run(args, { env, io, deps: () => (memo ??= cliDeps(env)) });
    return 0;
  } catch (err) {
    io.err(`error: ${describeError(err)}`);
    return 1;
  }
}

const stdio: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2), stdio);
}
