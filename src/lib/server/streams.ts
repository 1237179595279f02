// Pull-based web streams for responses that must not be held whole in memory (exports, uploaded files).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * A ReadableStream that asks `next` for one chunk per pull (null: the end), so a slow reader's
 * backpressure reaches the source; `close` runs when the reader cancels (a client that went away).
 */
export function pullStream<T>(next: () => Promise<T | null>, close: () => Promise<unknown>): ReadableStream<T> {
	return new ReadableStream<T>(
		{
			async pull(controller) {
				const chunk = await next();
				if (chunk === null) controller.close();
				else controller.enqueue(chunk);
			},
			async cancel() {
				await close();
			}
		},
		{ highWaterMark: 1 }
	);
}

/** pullStream over an async iterable's items. */
export function iterableStream<T>(items: AsyncIterable<T>): ReadableStream<T> {
	const it = items[Symbol.asyncIterator]();
	return pullStream(
		async () => {
			const r = await it.next();
			return r.done ? null : r.value;
		},
		async () => it.return?.()
	);
}

/**
 * The gunzipped bytes of gzipped chunks, through zlib with Node's stream backpressure: at most about
 * 32 KB of input is read ahead of what the consumer has taken. (Node 20's DecompressionStream reads its
 * whole input before the first chunk is asked for, so it would hold a large file whole.)
 */
export async function* gunzipped(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
	const gunzip = createGunzip();
	const done = pipeline(Readable.from(chunks), gunzip);
	try {
		for await (const chunk of gunzip) yield chunk as Uint8Array;
		await done;
	} finally {
		// A consumer that stopped early: the source's iterator is returned when the pipeline is torn down.
		gunzip.destroy();
		await done.catch(() => undefined);
	}
}
