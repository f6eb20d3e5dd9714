import type { FieldPacket, ResultSetHeader } from 'mysql2';
import { vitessType } from './field-types.ts';

/** One column of a PlanetScale result; empty and zero members are omitted as protobuf-JSON does. */
export interface PsdbField {
  name: string;
  type?: string;
  table?: string;
  orgTable?: string;
  database?: string;
  orgName?: string;
  columnLength?: number;
  charset?: number;
  decimals?: number;
  flags?: number;
}

/** One row: byte length per column (`"-1"` for NULL) and the base64 of the non-NULL values. */
export interface PsdbRow {
  lengths: string[];
  values?: string;
}

export interface PsdbResult {
  fields?: PsdbField[];
  rows?: PsdbRow[];
  rowsAffected?: string;
  insertId?: string;
}

/** Copy `value` to `target[key]` unless it is empty or zero. */
function setIfPresent<K extends keyof PsdbField>(target: PsdbField, key: K, value: PsdbField[K] | undefined) {
  if (value !== undefined && value !== '' && value !== 0) target[key] = value;
}

function encodeField(field: FieldPacket): PsdbField {
  const out: PsdbField = { name: field.name };
  setIfPresent(out, 'type', vitessType(field));
  setIfPresent(out, 'table', field.table);
  setIfPresent(out, 'orgTable', field.orgTable);
  setIfPresent(out, 'database', field.schema);
  setIfPresent(out, 'orgName', field.orgName);
  setIfPresent(out, 'columnLength', field.columnLength);
  setIfPresent(out, 'charset', field.characterSet);
  setIfPresent(out, 'decimals', field.decimals);
  setIfPresent(out, 'flags', typeof field.flags === 'number' ? field.flags : undefined);
  return out;
}

/** Encode a text-protocol result set (`rowsAsArray`, `typeCast:false`: raw Buffers or null). */
export function encodeResultSet(rows: (Buffer | null)[][], fields: FieldPacket[]): PsdbResult {
  const result: PsdbResult = { fields: fields.map(encodeField) };
  if (rows.length > 0) {
    result.rows = rows.map((row) => {
      const present = row.filter((v): v is Buffer => v !== null);
      const encoded: PsdbRow = { lengths: row.map((v) => (v === null ? '-1' : String(v.length))) };
      if (present.length > 0) encoded.values = Buffer.concat(present).toString('base64');
      return encoded;
    });
  }
  return result;
}

/** Encode the OK packet of a DML/DDL statement; uint64 counters as strings, omitted when 0. */
export function encodeHeader(header: ResultSetHeader): PsdbResult {
  const result: PsdbResult = {};
  const affected = String(header.affectedRows ?? 0);
  const insertId = String(header.insertId ?? 0);
  if (affected !== '0') result.rowsAffected = affected;
  if (insertId !== '0') result.insertId = insertId;
  return result;
}
