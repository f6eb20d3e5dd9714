import type { FieldPacket } from 'mysql2';

const UNSIGNED = 32;
const BINARY = 128;
const ENUM = 256;
const SET = 2048;

/** Vitess names of the MySQL wire types that do not depend on flags (`sqltypes.MySQLToType`). */
const fixedTypes: Record<number, string> = {
  0: 'DECIMAL',
  246: 'DECIMAL',
  4: 'FLOAT32',
  5: 'FLOAT64',
  7: 'TIMESTAMP',
  10: 'DATE',
  14: 'DATE',
  11: 'TIME',
  12: 'DATETIME',
  13: 'YEAR',
  16: 'BIT',
  245: 'JSON',
  247: 'ENUM',
  248: 'SET',
  255: 'GEOMETRY',
  242: 'VECTOR',
};

const integerTypes: Record<number, string> = { 1: 'INT8', 2: 'INT16', 9: 'INT24', 3: 'INT32', 8: 'INT64' };

/**
 * The Vitess type name the PlanetScale driver expects for a mysql2 column, or undefined for the NULL
 * type (PlanetScale omits `type` there). MariaDB's JSON (LONGTEXT tagged `json` in the extended
 * metadata) is reported as JSON so the driver parses it.
 */
export function vitessType(field: FieldPacket): string | undefined {
  const code = field.columnType ?? field.type ?? 6;
  const flags = typeof field.flags === 'number' ? field.flags : 0;
  if (field.extendedFormat === 'json') return 'JSON';
  const integer = integerTypes[code];
  if (integer) return flags & UNSIGNED ? `U${integer}` : integer;
  const fixed = fixedTypes[code];
  if (fixed) return fixed;
  const binary = (flags & BINARY) !== 0;
  switch (code) {
    case 249:
    case 250:
    case 251:
    case 252:
      return binary ? 'BLOB' : 'TEXT';
    case 15:
    case 253:
      return binary ? 'VARBINARY' : 'VARCHAR';
    case 254:
      if (binary) return 'BINARY';
      if (flags & ENUM) return 'ENUM';
      if (flags & SET) return 'SET';
      return 'CHAR';
    case 6:
      return undefined;
    default:
      return 'VARCHAR';
  }
}
