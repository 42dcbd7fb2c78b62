/**
 * The press screens' tables: plain HTML, not the design system's Table, which is an ARIA grid
 * whose cells take Enter for themselves, so a button in a cell cannot be pressed from the
 * keyboard. A caption (out of sight, under a visible heading), column headers, a row header
 * per row (`<Th scope="row">`), and a sentence when there is no row.
 */
import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

const CELL: React.CSSProperties = { padding: '12px 16px', textAlign: 'left', verticalAlign: 'top', borderBottom: '1px solid #eaeaef' };
const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export const Th = ({ children, scope }: { children: React.ReactNode; scope: 'col' | 'row' }) => (
  <th scope={scope} style={CELL}>
    {children}
  </th>
);

export const Td = ({ children, colSpan }: { children?: React.ReactNode; colSpan?: number }) => (
  <td colSpan={colSpan} style={CELL}>
    {children}
  </td>
);

interface Props {
  caption: string;
  /** The column headers' texts. */
  columns: string[];
  /** Said in the one row when `rows` is empty. */
  empty: string;
  rows: React.ReactNode[];
  marginTop?: number;
}

export function DataTable({ caption, columns, empty, rows, marginTop }: Props) {
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius marginTop={marginTop} style={{ overflowX: 'auto' }}>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <caption style={VISUALLY_HIDDEN}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <Th key={column} scope="col">
                <Typography variant="sigma">{column}</Typography>
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows
          ) : (
            <tr>
              <Td colSpan={columns.length}>
                <Typography>{empty}</Typography>
              </Td>
            </tr>
          )}
        </tbody>
      </table>
    </Box>
  );
}
