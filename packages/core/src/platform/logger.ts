export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Where log lines go; the console in Workers (Workers Logs and `wrangler tail` index JSON lines). */
export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

/**
 * The platform's one structured logger: a JSON line per call with level, message, time and the
 * logger's bound fields (worker, request id, tenant …). `child` binds more fields, so a request's
 * logger carries its request id into every service it is handed to.
 */
export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** True when a line of `level` would be written (skip building costly fields otherwise). */
  enabled(level: LogLevel): boolean;
  child(fields: Record<string, unknown>): Logger;
}

/** Build a logger writing lines at or above `level`. */
export function createLogger(
  opts: { level?: LogLevel; fields?: Record<string, unknown>; sink?: LogSink } = {},
): Logger {
  const level = opts.level ?? 'info';
  const bound = opts.fields ?? {};
  const sink = opts.sink ?? consoleSink;
  const min = rank[level];
  const write = (l: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (rank[l] < min) return;
    sink(
      l,
      JSON.stringify({ level: l, msg, time: new Date().toISOString(), ...bound, ...fields }, errorsAsText),
    );
  };
  return {
    level,
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    enabled: (l) => rank[l] >= min,
    child: (fields) => createLogger({ level, sink, fields: { ...bound, ...fields } }),
  };
}

/**
 * Errors serialise to `{}` by default; keep their name, message, the top of the stack and their cause
 * (drizzle's "Failed query" keeps the database's own message, e.g. a lock wait timeout, only there).
 */
function errorsAsText(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      stack: value.stack?.split('\n').slice(0, 6).join('\n'),
      ...(value.cause === undefined ? {} : { cause: value.cause }),
    };
  }
  return value;
}

/** A logger that writes nothing (unit tests of code that takes a logger). */
export const silentLogger: Logger = createLogger({ level: 'error', sink: () => {} });
