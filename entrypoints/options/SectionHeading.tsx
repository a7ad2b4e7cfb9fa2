import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A section's h2. It takes focus when the section opens, so keyboard and screen-reader users land
 * on the new content after following a link, as after a page load.
 */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) {
      ref.current?.focus({ preventScroll: false });
    }
  }, [id]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="section-heading">
      {children}
    </h2>
  );
}
