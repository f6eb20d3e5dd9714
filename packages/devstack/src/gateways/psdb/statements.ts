/** The statement text after leading whitespace, comments and parentheses. */
export function statementHead(sql: string): string {
  let s = sql;
  for (;;) {
    s = s.trimStart();
    if (s.startsWith('/*!')) {
      // An executable comment runs its content: look inside it.
      s = s.slice(3).replace(/^\d{5,6}/, '');
    } else if (s.startsWith('/*')) {
      const end = s.indexOf('*/');
      if (end < 0) return '';
      s = s.slice(end + 2);
    } else if (s.startsWith('#') || /^--(\s|$)/.test(s)) {
      const end = s.indexOf('\n');
      if (end < 0) return '';
      s = s.slice(end + 1);
    } else if (s.startsWith('(')) {
      s = s.slice(1);
    } else {
      return s;
    }
  }
}

const boostCachedQueries = /^set\s+@@(?:session\.|global\.)?boost_cached_queries\b/i;
const targetSwitch = /^use\s+`?@(?:primary|replica|rdonly)`?\s*;?\s*$/i;

/**
 * PlanetScale-only statements that plain MariaDB rejects (`SET @@boost_cached_queries`, `USE @replica`)
 * and that the gateway answers with an empty result, as ps-http-sim does.
 */
export function isPlanetScaleOnly(sql: string): boolean {
  const head = statementHead(sql);
  return boostCachedQueries.test(head) || targetSwitch.test(head);
}

// Transactions are tracked through the server's IN_TRANS status flag instead; these outlive them.
const stateChangingHead = /^(?:set|use|lock|xa|prepare|handler|create\s+(?:or\s+replace\s+)?temporary)\b/i;
const stateChangingAnywhere = /@[\w$.]+\s*:=|\binto\s+@|\bget_lock\s*\(/i;

/**
 * Whether a statement may leave state on its connection that outlives a transaction (variables,
 * temporary tables, locks, prepared statements), so the session must keep that connection.
 */
export function changesConnectionState(sql: string): boolean {
  return stateChangingHead.test(statementHead(sql)) || stateChangingAnywhere.test(sql);
}

/** Whether a statement reads `LAST_INSERT_ID()` of its connection. */
export function readsLastInsertId(sql: string): boolean {
  return /\blast_insert_id\s*\(\s*\)/i.test(sql);
}
