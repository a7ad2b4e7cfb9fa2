import type { Plugin } from 'vite';

/**
 * Chrome refuses to load a content script (and with it the whole extension) when its file is not
 * valid UTF-8 for its decoder, and it treats Unicode noncharacters such as U+FFFF as such. The
 * minifier folds Dexie's `String.fromCharCode(65535)` into a literal U+FFFF, so every emitted
 * chunk gets its noncharacters written back as `\uXXXX` escapes. In JS source they only ever occur
 * inside string, template or regex literals, where the escape means the same character.
 */
// U+FDD0–U+FDEF, and the last two code points of every plane (U+xFFFE, U+xFFFF); in UTF-16 the
// supplementary ones are a high surrogate ending in 3F/7F/BF/FF followed by DFFE or DFFF.
export const nonCharacters =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

export function escapeNonCharacters(code: string): string {
  // Escape each UTF-16 code unit: a supplementary noncharacter becomes its surrogate pair.
  return code.replace(nonCharacters, (match) =>
    Array.from(
      { length: match.length },
      (_, index) => `\\u${match.charCodeAt(index).toString(16).padStart(4, '0')}`,
    ).join(''),
  );
}

export function escapeNonCharactersPlugin(): Plugin {
  return {
    name: 'coachlens:escape-noncharacters',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = escapeNonCharacters(chunk.code);
      }
    },
  };
}
