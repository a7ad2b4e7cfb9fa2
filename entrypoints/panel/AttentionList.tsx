import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatDate } from '@/utils/format/dates';
import type { AttentionEntry } from '@/utils/panel/attention';

function entryText({ name, ...entry }: AttentionEntry): string {
  if (entry.about === 'account') {
    return i18n.t('panel.attentionList.meeting', {
      name,
      date: formatDate(entry.item.meetingAt),
      count: String(entry.item.unansweredCount),
    });
  }
  const { item } = entry;
  switch (item.kind) {
    case 'overdue':
      return item.daysSince === null
        ? i18n.t('panel.attentionList.overdueNever', { name })
        : i18n.t('panel.attentionList.overdue', { name, days: String(item.daysSince) });
    case 'plan-review':
      return i18n.t('panel.attentionList.planReview', { name, skill: item.skillName, date: formatDate(item.reviewAt) });
    case 'low-evidence':
      return i18n.t('panel.attentionList.lowEvidence', {
        name,
        skills: item.skills.map((skill) => skill.skillName).join(', '),
      });
  }
}

/**
 * The header's "2 to look at": a button that opens the list of what needs attention on this page.
 * It is gone once nothing is left, since the list is the live view's.
 */
export function AttentionList({ entries }: { entries: readonly AttentionEntry[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (entries.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="attention-count"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {i18n.t('panel.attention', { count: entries.length })}
      </button>
      <ul id={listId} className="attention-list" aria-label={i18n.t('panel.attentionList.label')} hidden={!open}>
        {entries.map((entry, index) => (
          <li key={index}>{entryText(entry)}</li>
        ))}
      </ul>
    </>
  );
}
