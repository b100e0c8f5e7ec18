import type { Colors } from '../io';

/** A table cell: its text (already made printable) and an optional style applied after fitting. */
export interface Cell {
  readonly text: string;
  readonly style?: (text: string) => string;
}

/** A column: header text, alignment, and whether it may be shortened to fit a terminal. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** Columns that may be cut with an ellipsis when the table is wider than the terminal. */
  readonly shrink?: boolean;
}

const GAP = '  ';
const EMPTY = '-';

function cellOf(value: Cell | string | null | undefined): Cell {
  if (value === null || value === undefined || value === '') return { text: EMPTY };
  return typeof value === 'string' ? { text: value } : value.text === '' ? { ...value, text: EMPTY } : value;
}

function fit(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}

/**
 * Aligned columns without borders, headers in capitals (the style of `ps`, `kubectl`, `docker`): easy to
 * read, easy to `awk`. Empty cells show `-` so every row has the same number of fields. When `width` is
 * given (a terminal), shrinkable columns are cut with `…` until the table fits; piped output is never
 * cut.
 */
export function renderTable(
  columns: readonly Column[],
  rows: ReadonlyArray<ReadonlyArray<Cell | string | null | undefined>>,
  options: { color: Colors; width?: number | undefined },
): string {
  const cells = rows.map((row) => columns.map((_, index) => cellOf(row[index])));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((row) => row[index]!.text.length)),
  );
  if (options.width !== undefined) shrinkToFit(columns, widths, options.width);

  const line = (parts: readonly Cell[], header: boolean): string =>
    parts
      .map((cell, index) => {
        const width = widths[index]!;
        const text = fit(cell.text, width);
        const padding = ' '.repeat(width - text.length);
        const styled = header ? options.color.bold(text) : cell.style ? cell.style(text) : text;
        const last = index === parts.length - 1;
        if (columns[index]!.align === 'right') return padding + styled;
        return last ? styled : styled + padding;
      })
      .join(GAP);

  const header = line(
    columns.map((column) => ({ text: column.header.toUpperCase() })),
    true,
  );
  return [header, ...cells.map((row) => line(row, false))].join('\n');
}

function shrinkToFit(columns: readonly Column[], widths: number[], available: number): void {
  const total = () => widths.reduce((sum, width) => sum + width, 0) + GAP.length * (widths.length - 1);
  let excess = total() - available;
  while (excess > 0) {
    let widest = -1;
    for (let index = 0; index < columns.length; index++) {
      const minimum = Math.max(columns[index]!.header.length, 6);
      if (
        columns[index]!.shrink &&
        widths[index]! > minimum &&
        (widest < 0 || widths[index]! > widths[widest]!)
      ) {
        widest = index;
      }
    }
    if (widest < 0) return;
    widths[widest]!--;
    excess--;
  }
}
