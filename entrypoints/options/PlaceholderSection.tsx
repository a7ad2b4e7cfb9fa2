import { SectionHeading } from './SectionHeading';

/** Stands in for a section another part of CoachLens has not delivered yet. */
export function PlaceholderSection({ id, heading, text }: { id: string; heading: string; text: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="dashboard-section">
      <SectionHeading id={`${id}-heading`}>{heading}</SectionHeading>
      <p className="empty-state">{text}</p>
    </section>
  );
}
