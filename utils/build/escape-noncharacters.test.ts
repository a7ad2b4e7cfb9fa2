import { escapeNonCharacters } from './escape-noncharacters';

describe('escapeNonCharacters', () => {
  it('writes U+FFFF and U+FFFE back as escapes, which mean the same character in a JS string', () => {
    const code = `const max="${String.fromCharCode(0xffff)}",bom="${String.fromCharCode(0xfffe)}";`;
    const escaped = escapeNonCharacters(code);
    expect(escaped).toBe('const max="\\uffff",bom="\\ufffe";');
    expect(new Function(`${escaped} return max + bom;`)()).toBe(String.fromCharCode(0xffff, 0xfffe));
  });

  it('escapes the U+FDD0–U+FDEF block and supplementary noncharacters such as U+10FFFF', () => {
    expect(escapeNonCharacters('\uFDD0\uFDEF')).toBe('\\ufdd0\\ufdef');
    expect(escapeNonCharacters(String.fromCodePoint(0x10ffff))).toBe('\\udbff\\udfff');
  });

  it('leaves ordinary text, emoji and other astral characters alone', () => {
    const text = 'Zoë ✓ 😀 \uFFFD';
    expect(escapeNonCharacters(text)).toBe(text);
  });
});
