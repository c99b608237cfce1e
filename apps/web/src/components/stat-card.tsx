// One headline figure: label, big number, unit. Rendered as a term/description pair so
// screen readers announce the label with its value.
export interface StatCardProps {
  label: string;
  value: string;
  unit: string;
  testId: string;
}

export function StatCard({ label, value, unit, testId }: StatCardProps) {
  return (
    <div data-testid={testId} className="rounded-lg border border-slate-200 border-t-4 border-t-brand-700 bg-white p-6 shadow-sm">
      <dt className="text-lg font-semibold text-slate-700">{label}</dt>
      <dd className="mt-2 flex items-baseline gap-2">
        <span data-testid={`${testId}-value`} className="text-4xl font-bold tabular-nums text-brand-900 sm:text-5xl">
          {value}
        </span>
        <span className="text-base text-slate-600">{unit}</span>
      </dd>
    </div>
  );
}
