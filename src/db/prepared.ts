import { eq, getTableColumns, getTableName, type InferInsertModel, type InferSelectModel, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client.js";

/*
 * A placeholder in `set` or `values` is mapped through its column (a Date becomes milliseconds);
 * one in a WHERE condition is not, so conditions on times are given milliseconds.
 */

/**
 * The columns a write sets, and which of them are NULL: what its prepared statement depends on.
 * NULL is written as a literal (drizzle does not map a NULL placeholder through a column's encoder).
 */
function shapeOf(values: Record<string, unknown>): { key: string; columns: string[]; nulls: string[] } {
  const columns: string[] = [];
  const nulls: string[] = [];
  let key = "";
  for (const name in values) {
    const value = values[name];
    if (value === undefined) continue;
    if (value === null) nulls.push(name);
    else columns.push(name);
    key += value === null ? `${name}=null,` : `${name},`;
  }
  return { key, columns, nulls };
}

/** Column values become placeholders named `$column`, apart from the names a WHERE clause uses. */
function assignment(shape: { columns: string[]; nulls: string[] }): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const c of shape.columns) set[c] = sql.placeholder(`$${c}`);
  for (const c of shape.nulls) set[c] = null;
  return set;
}

/** The values a prepared write needs: its non-NULL columns, and the WHERE clause's own. */
function parameters(values: Record<string, unknown>, columns: string[], where: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...where };
  for (const c of columns) out[`$${c}`] = values[c];
  return out;
}

/**
 * `update … set { …some columns } where <where>` with one statement prepared per set of columns
 * written (a handful per table), instead of drizzle building and SQLite compiling it on every call.
 * `where` names its own placeholders, given on each call.
 */
export function updateWhere<T extends SQLiteTable>(db: Db, table: T, where: SQL) {
  const byShape = new Map<string, { run(values: Record<string, unknown>): { changes: number } }>();
  return (whereValues: Record<string, unknown>, values: Partial<InferInsertModel<T>>): number => {
    const shape = shapeOf(values as Record<string, unknown>);
    if (!shape.key) return 0;
    let statement = byShape.get(shape.key);
    if (!statement) {
      statement = db
        .update(table)
        .set(assignment(shape) as never)
        .where(where)
        .prepare() as never;
      byShape.set(shape.key, statement!);
    }
    return statement!.run(parameters(values as Record<string, unknown>, shape.columns, whereValues)).changes;
  };
}

/** `update(key, { …some columns })` of the row with that key, prepared per set of columns. */
export function updateByKey<T extends SQLiteTable>(db: Db, table: T, keyColumn: SQLiteColumn) {
  const update = updateWhere(db, table, eq(keyColumn, sql.placeholder("key")));
  return (key: number | string, values: Partial<InferInsertModel<T>>): number => update({ key }, values);
}

/** `insert(values)` returning the row, prepared once per set of columns given. */
export function insertReturning<T extends SQLiteTable>(db: Db, table: T) {
  const byShape = new Map<string, { get(values: Record<string, unknown>): InferSelectModel<T> | undefined }>();
  return (values: InferInsertModel<T>): InferSelectModel<T> => {
    const shape = shapeOf(values as Record<string, unknown>);
    let statement = byShape.get(shape.key);
    if (!statement) {
      statement = db
        .insert(table)
        .values(assignment(shape) as never)
        .returning()
        .prepare() as never;
      byShape.set(shape.key, statement!);
    }
    return statement!.get(parameters(values as Record<string, unknown>, shape.columns))!;
  };
}

/** Column kinds SQLite hands back as they are (anything else is decoded through its column: a Date, a boolean …). */
const PLAIN = new Set(["SQLiteInteger", "SQLiteText", "SQLiteReal"]);

/**
 * The row with this key, read by a plain statement and decoded column by column through the schema: the same row
 * drizzle's select would give, without its generic mapping of every row (hot rows, read several times an update).
 */
export function rowByKey<T extends SQLiteTable>(db: Db, table: T, keyColumn: SQLiteColumn): (key: number | string) => InferSelectModel<T> | undefined {
  return rowWhere<T, [number | string]>(db, table, `"${keyColumn.name}" = ?`);
}

/**
 * The first row matching `where` (SQL after WHERE, with `?` for the parameters, in the column's stored form: times in
 * milliseconds), read and decoded as rowByKey reads a row.
 */
export function rowWhere<T extends SQLiteTable, P extends unknown[]>(db: Db, table: T, where: string): (...params: P) => InferSelectModel<T> | undefined {
  const columns = Object.entries(getTableColumns(table)) as Array<[string, SQLiteColumn]>;
  const list = columns.map(([key, column]) => `"${column.name}" AS "${key}"`).join(", ");
  const statement = db.$client.prepare<P, Record<string, unknown>>(`SELECT ${list} FROM "${getTableName(table)}" WHERE ${where}`);
  const decoded = columns.filter(([, column]) => !PLAIN.has(column.columnType));
  return (...params) => {
    const row = statement.get(...params);
    if (row === undefined) return undefined;
    for (const [name, column] of decoded) if (row[name] !== null) row[name] = column.mapFromDriverValue(row[name]);
    return row as InferSelectModel<T>;
  };
}
