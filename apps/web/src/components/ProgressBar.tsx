import { Progress } from 'radix-ui';

/** Radix's progressbar role with aria-valuenow; the label says whose progress it is. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <Progress.Root className="progress" value={clamped} aria-label={label}>
      <Progress.Indicator className="progress-indicator" style={{ transform: `translateX(-${100 - clamped}%)` }} />
    </Progress.Root>
  );
}
