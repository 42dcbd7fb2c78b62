/**
 * The cells of the press screens' plain HTML tables. Not the design system's Table: that one is
 * an ARIA grid whose cells take Enter for themselves, so a button in a cell cannot be pressed
 * from the keyboard.
 */
import * as React from 'react';

const CELL: React.CSSProperties = { padding: '12px 16px', textAlign: 'left', verticalAlign: 'top', borderBottom: '1px solid #eaeaef' };

/** Out of sight, still read by screen readers (a table's caption under a visible heading). */
export const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

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

export const Table = ({ caption, children }: { caption: string; children: React.ReactNode }) => (
  <table style={{ width: '100%', borderCollapse: 'collapse' }}>
    <caption style={VISUALLY_HIDDEN}>{caption}</caption>
    {children}
  </table>
);
