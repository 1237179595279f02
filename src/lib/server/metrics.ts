// Event-loop delay of this server process (perf_hooks' histogram): how long a request waited for the
// loop while something else ran. Read by /api/v1/health (admins) and by npm run bench.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

let histogram: IntervalHistogram | null = null;

export function startEventLoopMonitor(): void {
	if (histogram) return;
	histogram = monitorEventLoopDelay({ resolution: 10 });
	histogram.enable();
}

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

/** Delay figures in milliseconds since the start or the last reset. */
export function eventLoopDelay(reset = false): { p50: number; p99: number; max: number; mean: number; samples: number } | null {
	if (!histogram) return null;
	const out = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), mean: ms(histogram.mean || 0), samples: histogram.count };
	if (reset) histogram.reset();
	return out;
}
