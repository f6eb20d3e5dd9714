import { createHash } from 'node:crypto';
import type { RedisCommand } from './commands.ts';

/** Script flags Redis 7 understands; Upstash adds its own (e.g. `allow-key-locking`). */
const redisScriptFlags = new Set([
  'no-writes',
  'allow-oom',
  'allow-stale',
  'no-cluster',
  'allow-cross-slot-keys',
]);

/** SHA1 hex of a script, as EVALSHA and the clients compute it. */
export function scriptSha(script: string): string {
  return createHash('sha1').update(script, 'utf8').digest('hex');
}

/**
 * The script with shebang flags plain Redis does not know removed (Redis rejects them with
 * `ERR Unexpected flag in script shebang`). The shebang line stays so line numbers in errors match.
 */
export function stripUpstashFlags(script: string): string {
  if (!script.startsWith('#!')) return script;
  const eol = script.indexOf('\n');
  const line = eol < 0 ? script : script.slice(0, eol);
  const [engine, ...params] = line.split(/[ \t]+/);
  const kept = params.filter(Boolean).map((param) => {
    if (!param.startsWith('flags=')) return param;
    const flags = param
      .slice('flags='.length)
      .split(',')
      .filter((f) => redisScriptFlags.has(f));
    return flags.length > 0 ? `flags=${flags.join(',')}` : '';
  });
  const rewritten = [engine, ...kept.filter(Boolean)].join(' ');
  return rewritten === line ? script : rewritten + (eol < 0 ? '' : script.slice(eol));
}

/**
 * Rewrites scripting commands so Upstash-flavoured scripts run on plain Redis, and remembers which
 * SHA1 of an original script text stands for the SHA1 of its stripped text, so EVALSHA by the
 * original hash (what clients precompute) keeps working.
 */
export class ScriptAliases {
  private readonly redisShaByOriginal = new Map<string, string>();

  /** The command to send to Redis, plus how to turn Redis's reply back into Upstash's. */
  rewrite(command: RedisCommand): { command: RedisCommand; mapReply?: (reply: unknown) => unknown } {
    const name = command[0].toUpperCase();
    const args = command.slice(1);
    if ((name === 'EVAL' || name === 'EVAL_RO') && args.length > 0) {
      args[0] = this.strip(args[0]);
      return { command: [command[0], ...args] };
    }
    if ((name === 'EVALSHA' || name === 'EVALSHA_RO') && args.length > 0) {
      args[0] = this.redisShaByOriginal.get(args[0].toLowerCase()) ?? args[0];
      return { command: [command[0], ...args] };
    }
    if (name === 'SCRIPT' && args[0]?.toUpperCase() === 'LOAD' && args.length > 1) {
      const original = args[1];
      args[1] = this.strip(original);
      // Redis answers with the stripped script's SHA; the client expects its own.
      const sha = scriptSha(original);
      return {
        command: [command[0], ...args],
        mapReply: (reply) => (reply === null ? reply : Buffer.from(sha)),
      };
    }
    if (name === 'SCRIPT' && args[0]?.toUpperCase() === 'EXISTS') {
      const mapped = args.map((a, i) => (i === 0 ? a : (this.redisShaByOriginal.get(a.toLowerCase()) ?? a)));
      return { command: [command[0], ...mapped] };
    }
    return { command };
  }

  private strip(script: string): string {
    const stripped = stripUpstashFlags(script);
    if (stripped !== script) this.redisShaByOriginal.set(scriptSha(script), scriptSha(stripped));
    return stripped;
  }
}
