/**
 * Where the focus goes when one of our dialogs closes: back to what had it when the dialog
 * opened (Radix gives it back only to a Dialog.Trigger, and ours are opened from state). When
 * that is gone (the row of a deleted item), the page moves it somewhere sensible itself.
 */
import * as React from 'react';

export function useReturnFocus(): (event: Event) => void {
  const [opener] = React.useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  return (event: Event) => {
    event.preventDefault();
    if (opener?.isConnected) opener.focus();
  };
}
