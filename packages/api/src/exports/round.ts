// Rounding as the documents print (half away from zero, immune to 1.005-style binary
// surprises), so that a value stored in a document is exactly the value shown.
export function roundTo(value: number, decimals: number): number {
  const m = 10 ** decimals;
  const r = Math.round(Math.abs(value) * m + 1e-9) / m;
  return value < 0 ? -r : r;
}
