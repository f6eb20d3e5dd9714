import type { Db } from '@mewayz/core';

/**
 * A database whose next transaction fails at its first raw `execute` — for an ingest, right after the
 * raw-event insert (a query builder statement) and before the rollups — so the test sees a real
 * rollback by MariaDB. Only the next transaction fails; later ones go through `db` unchanged.
 */
export function failNextTransactionAtFirstExecute(db: Db): Db {
  let armed = true;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction' || !armed) return Reflect.get(target, prop, receiver);
      armed = false;
      return (fn: (tx: unknown) => Promise<unknown>) =>
        target.transaction((tx) =>
          fn(
            new Proxy(tx, {
              get(t, p, r) {
                if (p === 'execute') {
                  return () => Promise.reject(new Error('injected failure after the raw insert'));
                }
                return Reflect.get(t, p, r);
              },
            }),
          ),
        );
    },
  });
}

/**
 * A database on which every insert into `table` fails — inside transactions too — as a crash between
 * two steps of a multi-step write would: a test checks that the steps before it were rolled back.
 */
export function failInsertsInto(db: Db, table: unknown): Db {
  return refuseInsertsInto(db, table, () => new Error('injected failure: insert refused'));
}

/**
 * A database on which the first insert into `table` fails as InnoDB's deadlock victim would (errno
 * 1213, the transaction rolled back); later inserts go through. A test checks the write is run again.
 */
export function deadlockOnFirstInsertInto(db: Db, table: unknown): Db {
  let armed = true;
  return refuseInsertsInto(db, table, () => {
    if (!armed) return null;
    armed = false;
    return new Error('Deadlock found when trying to get lock; try restarting transaction (errno 1213)');
  });
}

/** Wrap `db` (and its transactions) so an insert into `table` throws whatever `failure` returns. */
function refuseInsertsInto(db: Db, table: unknown, failure: () => Error | null): Db {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, p, r) {
        const value = Reflect.get(t, p, r);
        if (p === 'insert') {
          return (tbl: unknown, ...rest: unknown[]) => {
            const err = tbl === table ? failure() : null;
            if (err) throw err;
            return (value as (...a: unknown[]) => unknown).call(t, tbl, ...rest);
          };
        }
        if (p === 'transaction') {
          return (fn: (tx: unknown) => Promise<unknown>, ...rest: unknown[]) =>
            (value as (...a: unknown[]) => Promise<unknown>).call(t, (tx: object) => fn(wrap(tx)), ...rest);
        }
        return value;
      },
    });
  return wrap(db);
}
