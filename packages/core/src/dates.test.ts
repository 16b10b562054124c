import { describe, expect, it } from 'vitest';
import { isAfterToday, utcDay, utcMidnight, yearOf } from './dates.js';

describe('dates', () => {
  it('today is the UTC date of now, not the local one', () => {
    expect(utcDay(new Date('2024-06-15T23:30:00-05:00'))).toBe('2024-06-16');
  });
  it('a missing or empty date counts as after today', () => {
    expect(isAfterToday(null, '2024-01-01')).toBe(true);
    expect(isAfterToday('', '2024-01-01')).toBe(true);
    expect(isAfterToday('2024-01-01', '2024-01-01')).toBe(false);
    expect(isAfterToday('2024-01-02', '2024-01-01')).toBe(true);
  });
  it('an air date counts as 00:00 UTC of that day', () => {
    expect(utcMidnight('2024-01-02')).toBe(Date.UTC(2024, 0, 2));
    expect(Number.isNaN(utcMidnight('soon'))).toBe(true);
  });
  it('the year of a date, or null', () => {
    expect(yearOf('1992-05-22')).toBe(1992);
    expect(yearOf(null)).toBeNull();
    expect(yearOf('')).toBeNull();
  });
});
