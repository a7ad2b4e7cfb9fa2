import { formatDate } from './dates';
import { formatCount, formatDuration, formatMilliseconds, formatPercent, formatScore } from './numbers';

describe('formatDuration', () => {
  it('shows hours and minutes with units', () => {
    expect(formatDuration(80, 'en-US')).toBe('1 hr 20 min');
    expect(formatDuration(180, 'en-US')).toBe('3 hr');
    expect(formatDuration(45, 'en-US')).toBe('45 min');
    expect(formatDuration(0, 'en-US')).toBe('0 min');
  });

  it('rounds to whole minutes and never shows a negative time', () => {
    expect(formatDuration(59.6, 'en-US')).toBe('1 hr');
    expect(formatDuration(-5, 'en-US')).toBe('0 min');
  });

  it('follows the locale', () => {
    expect(formatDuration(80, 'de-DE')).toBe('1 Std. 20 Min.');
  });
});

describe('formatPercent, formatScore, formatDate', () => {
  it('formats attainment as a whole percent', () => {
    expect(formatPercent(107.4, 'en-US')).toBe('107%');
    expect(formatPercent(88, 'de-DE')).toBe('88\u00a0%'); // German puts a no-break space before %
  });

  it('shows skill scores with one decimal', () => {
    expect(formatScore(3, 'en-US')).toBe('3.0');
    expect(formatScore(2.46, 'en-US')).toBe('2.5');
    expect(formatScore(2.46, 'fr-FR')).toBe('2,5');
  });

  it('formats dates in the medium style', () => {
    expect(formatDate(Date.UTC(2026, 10, 27, 12), 'en-US')).toBe('Nov 27, 2026');
  });
});

describe('formatCount, formatMilliseconds', () => {
  it('groups thousands and always names the millisecond unit', () => {
    expect(formatCount(12_000, 'en-US')).toBe('12,000');
    expect(formatMilliseconds(3.46, 'en-US')).toBe('3.5 ms');
    expect(formatMilliseconds(212.4, 'en-US')).toBe('212 ms');
    expect(formatMilliseconds(3.46, 'de-DE')).toBe('3,5 ms');
  });
});
