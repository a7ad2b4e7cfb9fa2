import { useId, type ReactNode } from 'react';

/**
 * A figure with its arithmetic one hover or one Tab away: the tip is always in the DOM and named
 * by `aria-describedby`, so a screen reader hears it on focus; the eye sees it on hover or focus.
 */
export function Explained({ children, how }: { children: ReactNode; how: string }) {
  const id = useId();
  return (
    <span className="explained" tabIndex={0} aria-describedby={id}>
      {children}
      <span role="tooltip" id={id} className="explained-tip">
        {how}
      </span>
    </span>
  );
}
