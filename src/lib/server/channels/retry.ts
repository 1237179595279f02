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

/** Told of every attempt as it ends (the delivery log): its error (null: it worked) and whether another follows. */
export type OnAttempt = (attempt: number, error: string | null, willRetry: boolean) => Promise<void> | void;

/** An error's message, with the system error code of its cause when it has one ("fetch failed (ECONNREFUSED)"). */
export function errorMessage(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	const code = (e as { cause?: { code?: unknown } } | null)?.cause?.code;
	return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY, onAttempt?: OnAttempt): Promise<Attempted<T>> {
	const errors: string[] = [];
	for (let attempt = 1; attempt <= policy.attempts; attempt++) {
		let value: T;
		try {
			value = await fn(attempt);
		} catch (e) {
			errors.push(errorMessage(e));
			await onAttempt?.(attempt, errors.at(-1)!, attempt < policy.attempts);
			if (attempt < policy.attempts) await new Promise((r) => setTimeout(r, Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))));
			continue;
		}
		await onAttempt?.(attempt, null, false);
		return { ok: true, value, attempts: attempt, errors };
	}
	return { ok: false, attempts: policy.attempts, errors };
}
