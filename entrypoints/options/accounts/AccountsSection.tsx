import { i18n } from '#i18n';
import { SortableTable, type SortableColumn } from '@/components/dashboard/SortableTable';
import { accountInsightFrom, type AccountInsight } from '@/utils/insights/account-insight';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formatDate } from '@/utils/format/dates';
import { hrefOf } from '@/utils/dashboard/route';
import { AddAccountForm } from './AddAccountForm';

export function AccountsSection({ data }: { data: Dashboard }) {
  const { team, input } = data;
  const rows = input.accounts
    .map((account) => accountInsightFrom(team, account.id))
    .filter((row): row is AccountInsight => row !== null);
  const columns: SortableColumn<AccountInsight>[] = [
    {
      id: 'name',
      label: i18n.t('options.accounts.columns.name'),
      render: (row) => <a href={hrefOf({ name: 'account', id: row.account.id })}>{row.account.name}</a>,
      sortValue: (row) => row.account.name,
    },
    {
      id: 'importance',
      label: i18n.t('options.accounts.importance'),
      render: (row) => (
        <span className={`badge badge-${row.account.importance}`}>
          {i18n.t(
            row.account.importance === 'key' ? 'panel.account.importance.key' : 'panel.account.importance.standard',
          )}
        </span>
      ),
      sortValue: (row) => (row.account.importance === 'key' ? 0 : 1),
    },
    {
      id: 'owner',
      label: i18n.t('options.accounts.owner'),
      render: (row) => (row.owner ? <a href={hrefOf({ name: 'rep', id: row.owner.repId })}>{row.owner.name}</a> : '—'),
      sortValue: (row) => row.owner?.name ?? null,
    },
    {
      id: 'meeting',
      label: i18n.t('options.accounts.columns.nextMeeting'),
      render: (row) => (row.nextMeetingAt === null ? '—' : formatDate(row.nextMeetingAt)),
      sortValue: (row) => row.nextMeetingAt,
    },
    {
      id: 'prompts',
      label: i18n.t('options.accounts.columns.openPrompts'),
      render: (row) =>
        i18n.t('options.accounts.openOf', {
          open: String(row.unansweredPromptIds.length),
          total: String(row.prompts.length),
        }),
      sortValue: (row) => row.unansweredPromptIds.length,
    },
  ];

  return (
    <section aria-labelledby="accounts-heading" className="dashboard-section">
      <SectionHeading id="accounts-heading">{i18n.t('options.accounts.heading')}</SectionHeading>
      {rows.length === 0 ? (
        <p className="empty-state">{i18n.t('options.accounts.empty')}</p>
      ) : (
        <SortableTable
          caption={i18n.t('options.accounts.tableCaption')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.account.id}
          initialSort={{ column: 'importance', direction: 'ascending' }}
        />
      )}
      <h3>{i18n.t('options.accounts.addHeading')}</h3>
      <AddAccountForm reps={input.reps.filter((rep) => rep.active)} />
    </section>
  );
}
