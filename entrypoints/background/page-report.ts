import { pageFactNames, type PageContext } from '@/utils/messaging/protocol';
import type { PageReport } from '@/utils/messaging/panel-view';

/**
 * "What CoachLens read on this page" for the panel's menu: built from the page context alone, so it
 * cannot carry coaching data; it says whether each fact was found and by which rule, never the
 * name that was read.
 */
export function pageReport(context: PageContext): PageReport | undefined {
  const { crm, kind, id } = context.ref;
  if (!kind || !id) return undefined;
  const rules = context.reading?.rules ?? {};
  return {
    crm,
    kind,
    id,
    facts: pageFactNames.map((fact) => {
      const rule = rules[fact];
      return rule ? { fact, found: Boolean(context.facts[fact]), rule } : { fact, found: Boolean(context.facts[fact]) };
    }),
    reading: context.reading && {
      shadowMode: context.reading.shadowMode,
      elementCount: context.reading.elementCount,
      costMs: context.reading.costMs,
    },
  };
}
