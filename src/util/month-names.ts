/**
 * English month names, January first: one list for every place that writes a date for a reader.
 */

/** `MONTH_NAMES[0]` is "January". */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
