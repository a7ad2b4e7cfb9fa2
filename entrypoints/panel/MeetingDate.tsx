import { useId } from 'react';
import { i18n } from '#i18n';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

/** The next meeting's date, editable in place; a date input is keyboard-accessible everywhere. */
export function MeetingDate({
  accountId,
  nextMeetingAt,
  send,
}: {
  accountId: string;
  nextMeetingAt: number | null;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  const id = useId();
  const value = nextMeetingAt === null ? '' : toDateInput(nextMeetingAt);
  return (
    <div className="meeting-date">
      <label htmlFor={id}>{i18n.t('panel.account.nextMeeting')}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => {
          const meetingAt = event.target.value ? fromDateInput(event.target.value) : null;
          void send({ type: 'setMeetingDate', accountId, meetingAt }).catch(() => undefined);
        }}
      />
      {nextMeetingAt === null && <p className="panel-muted">{i18n.t('panel.account.noMeeting')}</p>}
    </div>
  );
}

/** A local calendar date for `<input type="date">`. */
function toDateInput(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon local time on that day, so the date survives time-zone shifts either way. */
function fromDateInput(value: string): number {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12).getTime();
}
