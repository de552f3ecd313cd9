/** Field texts that mean "missing" unless --na-values says otherwise (pandas' common ones, and "?"). */
export const DEFAULT_NA = ['', 'NA', 'N/A', 'NaN', 'null', 'None', '?'] as const;

/** The category a missing value of a text column takes. */
export const MISSING = '(missing)';
/** The one-hot slot of categories that are rare or never seen. */
export const OTHER = '(other)';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number a field holds, or NaN when it is not a plain decimal number (the
 * same grammar as the CSV reader's, so a field reads the same either way). Number()
 * rounds correctly, as the reader does. With `decimal` ",", "3,14" is 3.14.
 */
export function numberOf(text: string, decimal: '.' | ','): number {
  let t = text.trim();
  if (decimal === ',') {
    if (t.includes('.')) return NaN;
    t = t.replace(',', '.');
  }
  return DECIMAL.test(t) ? Number(t) : NaN;
}

/** The missing-value spellings, lower-cased: the defaults, or `--na-values LIST` (an empty field is always missing). */
export function naSet(list: readonly string[] | undefined): Set<string> {
  return new Set((list === undefined ? DEFAULT_NA : ['', ...list]).map((s) => s.trim().toLowerCase()));
}

/** Whether a field is a missing value. */
export function isMissing(text: string, na: ReadonlySet<string>): boolean {
  const t = text.trim();
  return t === '' || na.has(t.toLowerCase());
}

/** A class label's canonical text: numbers in their shortest form ("1.0" and "+1" are "1"), text trimmed. */
export function classKey(text: string, decimal: '.' | ','): string {
  const t = text.trim();
  const v = numberOf(t, decimal);
  return Number.isFinite(v) ? String(v) : t;
}

/** Sorts class names like scikit-learn's classes_: numerically when all are numbers, else by text. */
export function sortClasses(names: string[]): string[] {
  const numeric = names.every((n) => Number.isFinite(Number(n)) && n.trim() !== '');
  return [...names].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
