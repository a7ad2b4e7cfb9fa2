/**
 * Text as it may be stored: what a browser, a spreadsheet or a CRM page can hand us also holds
 * characters no one typed on purpose (a NUL from a broken export, a lone half of a surrogate pair
 * from text cut in the middle of an emoji, C1 controls from a mis-decoded file). Stored, they come
 * back in every export and some readers refuse them, so the data would be locked in. Every text
 * field's schema cleans them on the way in (`common.ts`), whichever way the text came: a form, a
 * backup, a CSV file or a CRM page.
 */

/** C0 controls except tab, line feed and carriage return; DEL; the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Bidirectional embeddings, overrides and isolates: in a one-line name they can make the name show
 * as another (a rep's name reversed in a heading). Free text keeps them: writers of right-to-left
 * languages use them on purpose, and a paragraph ends their effect.
 */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** Free text (notes, answers): keeps line breaks (as `\n`) and tabs, drops every other control. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controls, '').replace(loneSurrogates, '\ufffd');
}

/** One line (names, emails, ids): line breaks and tabs become spaces; bidi controls go too. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/[\n\t]/g, ' ')
    .replace(bidiControls, '');
}
