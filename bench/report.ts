// The benches' printed figures: medians, one line per figure against its budget, and measurements that
// could not be made (a failure, never a pass).

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

export function mib(bytes: number): string {
	return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** One figure against its budget (value ≤ budget passes); returns whether it passed. */
export function line(label: string, value: number, unit: string, budget: number): boolean {
	const ok = value <= budget;
	const digits = unit === 'KB' || unit === 'MiB' ? 1 : 2;
	console.log(`${label.padEnd(52)} ${value.toFixed(digits).padStart(9)} ${unit.padEnd(3)} budget ≤ ${budget} ${unit}  ${ok ? 'PASS' : 'FAIL'}`);
	return ok;
}

/** A measurement that could not be made is a failure, not a pass: say why and end with a non-zero code. */
export function broken(label: string, why: string) {
	console.log(`${label.padEnd(52)} FAIL  ${why}`);
	process.exitCode = 1;
}
