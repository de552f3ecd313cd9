/** Powers of ten that are exact doubles: 10^0 .. 10^22. */
export const POW10 = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Below 2^53 every integer is an exact double. */
export const EXACT_INTEGERS = 2 ** 53;
