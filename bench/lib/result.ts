// What each benchmark returns: table rows (median, spread, target, baseline) plus notes.

export interface Row {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  spread: string;
  target: string;
  baseline: string;
  /** null when the row has no target (informational). */
  met: boolean | null;
}

export interface BenchResult {
  name: string;
  rows: Row[];
  notes: string[];
  skipped?: string;
  details?: Record<string, unknown>;
}
