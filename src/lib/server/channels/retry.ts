// Bounded retries with exponential backoff for a delivery: a channel's temporary failure (a robot's error
// code, a refused connection, an SMTP error) is tried again a few times, then reported, never thrown past.
export interface RetryPolicy {
	attempts: number;
	/** Delay before the second attempt; doubled after each failure, capped at maxDelayMs. */
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };

export interface Attempted<T> {
	ok: boolean;
	value?: T;
	attempts: number;
	/** Each failed attempt's message, in order. */
	errors: string[];
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<Attempted<T>> {
	const errors: string[] = [];
	for (let attempt = 1; attempt <= policy.attempts; attempt++) {
		try {
			return { ok: true, value: await fn(attempt), attempts: attempt, errors };
		} catch (e) {
			errors.push((e as Error).message);
			if (attempt < policy.attempts) await new Promise((r) => setTimeout(r, Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))));
		}
	}
	return { ok: false, attempts: policy.attempts, errors };
}
