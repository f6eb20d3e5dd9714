/** One CSV cell: quoted when needed, and never a formula a spreadsheet would run. */
export function csvCell(v: unknown): string {
  let s = String(v ?? '');
  // Spreadsheet formula injection: prefix cells that a spreadsheet would evaluate.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV (RFC 4180 line endings). */
export function toCsv(rows: unknown[][]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
