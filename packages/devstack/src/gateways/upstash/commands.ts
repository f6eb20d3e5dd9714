import { Command } from 'ioredis';

/** A request the Upstash REST API would refuse: answered with 400 `{"error": message}`. */
export class BadRequestError extends Error {}

/** One Redis command: the name as sent, then its arguments as strings. */
export type RedisCommand = [name: string, ...args: string[]];

function toArgument(value: unknown, position: number): string {
  if (typeof value === 'string') return value;
  // The client sends numbers and booleans raw; String() reproduces the text it meant.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) {
    throw new BadRequestError(`ERR argument ${position} is null (an undefined value in the client call?)`);
  }
  throw new BadRequestError(`ERR argument ${position} must be a string, number or boolean`);
}

/** Validate one command body such as `["set","k","v"]`. */
export function parseCommand(raw: unknown): RedisCommand {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new BadRequestError('ERR a command must be a non-empty JSON array, e.g. ["get","key"]');
  }
  if (typeof raw[0] !== 'string' || raw[0] === '')
    throw new BadRequestError('ERR the command name must be a string');
  const args = raw.slice(1).map((v, i) => toArgument(v, i + 1));
  return [raw[0], ...args];
}

/** Validate a `/pipeline` or `/multi-exec` body: an array of commands. */
export function parseCommandList(raw: unknown): RedisCommand[] {
  if (!Array.isArray(raw)) throw new BadRequestError('ERR the body must be a JSON array of commands');
  return raw.map(parseCommand);
}

const connectionStateCommands = new Set([
  'SELECT',
  'WATCH',
  'UNWATCH',
  'MULTI',
  'EXEC',
  'DISCARD',
  'SUBSCRIBE',
  'PSUBSCRIBE',
  'SSUBSCRIBE',
  'UNSUBSCRIBE',
  'PUNSUBSCRIBE',
  'SUNSUBSCRIBE',
  'MONITOR',
  'QUIT',
  'RESET',
  'HELLO',
  'AUTH',
  'SYNC',
  'PSYNC',
  'REPLCONF',
  'READONLY',
  'READWRITE',
]);
const connectionStateClientSubcommands = new Set([
  'REPLY',
  'TRACKING',
  'SETNAME',
  'CACHING',
  'NO-EVICT',
  'NO-TOUCH',
  'SETINFO',
]);

/**
 * Refuse commands that change or depend on the state of one connection: over stateless HTTP they
 * would leak into other requests sharing the connection.
 */
export function assertStateless(command: RedisCommand): void {
  const name = command[0].toUpperCase();
  const sub = command[1]?.toUpperCase() ?? '';
  if (connectionStateCommands.has(name) || (name === 'CLIENT' && connectionStateClientSubcommands.has(sub))) {
    const shown = name === 'CLIENT' ? `client ${sub.toLowerCase()}` : name.toLowerCase();
    throw new BadRequestError(
      `ERR Command is not available: '${shown}' (it needs a dedicated connection; use /multi-exec for transactions)`,
    );
  }
}

const blockingCommands = new Set([
  'BLPOP',
  'BRPOP',
  'BRPOPLPUSH',
  'BLMOVE',
  'BLMPOP',
  'BZPOPMIN',
  'BZPOPMAX',
  'BZMPOP',
  'WAIT',
  'WAITAOF',
]);

/** Whether a command may block its connection, so it must not run on the shared one. */
export function isBlocking(command: RedisCommand): boolean {
  const name = command[0].toUpperCase();
  if (blockingCommands.has(name)) return true;
  if (name === 'XREAD' || name === 'XREADGROUP')
    return command.some((a, i) => i > 0 && a.toUpperCase() === 'BLOCK');
  return false;
}

const transformedReplies: Record<string, unknown> | undefined = (
  Command as unknown as { _transformer?: { reply?: Record<string, unknown> } }
)._transformer?.reply;

/**
 * The command name to hand to ioredis. ioredis reshapes some replies (hgetall → object, WITHSCORES →
 * pairs) by exact lower-case name, so those go upper case; the rest keep the client's spelling so
 * Redis error texts (`ERR unknown command 'foo'`) stay verbatim.
 */
export function ioredisCommandName(name: string): string {
  if (!transformedReplies) return name.toUpperCase();
  return Object.hasOwn(transformedReplies, name.toLowerCase()) ? name.toUpperCase() : name;
}
