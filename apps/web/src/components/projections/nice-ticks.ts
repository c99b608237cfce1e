// Round values for a chart axis: about `count` steps of 1, 2 or 5 × 10ⁿ covering [min, max].
export function niceTicks(min: number, max: number, count = 5): number[] {
  const step = 10 ** Math.floor(Math.log10((max - min) / count || 1));
  const unit = [1, 2, 5, 10].map((k) => k * step).find((s) => (max - min) / s <= count) ?? step * 10;
  const ticks: number[] = [];
  // From a tick at or below the lowest value to one at or above the highest: no line leaves the chart.
  for (let v = Math.floor(min / unit) * unit; v < max + unit; v += unit) ticks.push(v);
  return ticks;
}
