import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { GeneratedI18nStructure } from '#i18n';

type MessageKey = keyof GeneratedI18nStructure;

/** A message with plural forms: `data.csv.rows` for `data.csv.rows.one`, `data.csv.rows.other`, … */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule;
}

/**
 * A message that depends on a count, in the form the UI language's plural rules pick: `one` or
 * `other` in English; `few`, `many`, `two`, `zero` in languages that have them. A locale file
 * lists the forms its language needs under the message's key (`"rows": { "one": …, "other": … }`);
 * a form it does not list falls back to `other`. `{count}` is the count in the locale's digits.
 */
export function tPlural(key: PluralKey, count: number, values: Record<string, string> = {}): string {
  const locale = browser.i18n.getUILanguage();
  const category = pluralRules(locale).select(count);
  const browserKey = `${key}.${category}`.replaceAll('.', '_');
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  const form = category !== 'other' && getMessage(browserKey) ? category : 'other';
  const translate = i18n.t as (key: string, substitutions: Record<string, string>) => string;
  return translate(`${key}.${form}`, { count: new Intl.NumberFormat(locale).format(count), ...values });
}
