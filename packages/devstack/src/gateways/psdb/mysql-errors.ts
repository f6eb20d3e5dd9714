import type { MysqlTarget } from './mysql-target.ts';

/** The `{code, message}` error object of the PlanetScale HTTP API (a vtrpc code name). */
export interface PsdbError {
  code: string;
  message: string;
}

interface MysqlErrorShape {
  message?: string;
  code?: string;
  errno?: number;
  sqlState?: string;
  sqlMessage?: string;
  fatal?: boolean;
}

const vtrpcCodeByErrno: Record<number, string> = {
  1062: 'ALREADY_EXISTS',
  1146: 'NOT_FOUND',
};

/**
 * A statement-level SQL error as Vitess words it, `"<msg> (errno N) (sqlstate S)"`, or null when
 * the error is not one the server reported for the statement (network, protocol, fatal).
 */
export function sqlError(err: unknown): PsdbError | null {
  const e = err as MysqlErrorShape;
  if (e.fatal || typeof e.errno !== 'number' || e.errno <= 0 || e.sqlMessage === undefined) return null;
  return {
    code: vtrpcCodeByErrno[e.errno] ?? 'UNKNOWN',
    message: `${e.sqlMessage} (errno ${e.errno}) (sqlstate ${e.sqlState ?? 'HY000'})`,
  };
}

/** Whether the connection that produced `err` must be destroyed rather than reused. */
export function breaksConnection(err: unknown): boolean {
  return sqlError(err) === null;
}

/** The UNAVAILABLE error for a MariaDB that cannot be reached or refuses the gateway. */
export function unavailableError(err: unknown, target: MysqlTarget): PsdbError {
  const e = err as MysqlErrorShape;
  if (typeof e.errno === 'number' && e.errno > 0 && e.sqlMessage !== undefined) {
    return {
      code: 'UNAVAILABLE',
      message: `cannot use MySQL at ${target.label}: ${e.sqlMessage} (errno ${e.errno})`,
    };
  }
  return {
    code: 'UNAVAILABLE',
    message: `cannot reach MySQL at ${target.label}: ${e.code ?? e.message ?? String(err)}`,
  };
}
