import { i18n } from '#i18n';
import { crmLabels } from '@/utils/crm/labels';
import { formatCount, formatMilliseconds } from '@/utils/format/numbers';
import type { PageReport } from '@/utils/messaging/panel-view';

export interface ReadingLine {
  label: string;
  value: string;
}

export interface ReadingSection {
  heading: string;
  lines: ReadingLine[];
}

/**
 * "What CoachLens read on this page" in the manager's words, as sections of label and value: shown
 * in the panel and copied as plain text. Everything comes from the page report, which holds no
 * coaching data and no name read from the page.
 */
export function pageReadingSections(report: PageReport, version: string): ReadingSection[] {
  const { reading } = report;
  const notReported = i18n.t('panel.reading.notReported');
  return [
    {
      heading: i18n.t('panel.reading.pageHeading'),
      lines: [
        { label: i18n.t('panel.reading.crm'), value: crmLabels[report.crm] },
        { label: i18n.t('panel.reading.kind'), value: i18n.t(`panel.ask.kind.${report.kind}`) },
        { label: i18n.t('panel.reading.id'), value: report.id },
      ],
    },
    {
      heading: i18n.t('panel.reading.factsHeading'),
      lines: report.facts.map(({ fact, found, rule }) => ({
        label: i18n.t(`panel.reading.fact.${fact}`),
        value: rule
          ? i18n.t('panel.reading.foundBy', { rule })
          : found
            ? i18n.t('panel.reading.foundNoRule')
            : i18n.t('panel.reading.notFound'),
      })),
    },
    {
      heading: i18n.t('panel.reading.readHeading'),
      lines: [
        {
          label: i18n.t('panel.reading.shadowMode'),
          value: reading ? i18n.t(`panel.reading.shadow.${reading.shadowMode}`) : notReported,
        },
        {
          label: i18n.t('panel.reading.elementCount'),
          value: reading ? i18n.t('panel.reading.elements', { count: formatCount(reading.elementCount) }) : notReported,
        },
        { label: i18n.t('panel.reading.cost'), value: reading ? formatMilliseconds(reading.costMs) : notReported },
        { label: i18n.t('panel.reading.version'), value: version },
      ],
    },
  ];
}

/** The same, as plain text for a support report. */
export function pageReadingText(report: PageReport, version: string): string {
  const sections = pageReadingSections(report, version).map((section) =>
    [section.heading, ...section.lines.map((line) => `  ${line.label}: ${line.value}`)].join('\n'),
  );
  return [i18n.t('panel.reading.heading'), ...sections].join('\n\n') + '\n';
}
