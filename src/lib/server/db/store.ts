// The storage interface every backend implements (SQLite now, PostgreSQL later); callers never see SQL rows.
import type { Indicator, Observation, Target } from '../../domain/model';
import type { IngestRecord } from '../../ingest/validate';
import type { FileKind } from '../../ingest/columns';
import type { Role } from '../auth/roles';
import type { RevisionChange, StagedChange } from '../../ingest/diff';
import type { Sql } from './sql';
import type { RevisionChangesPage } from './revision-changes-page';

export interface StoredObservation extends Observation {
	revision: number;
}
export interface StoredTarget extends Target {
	revision: number;
}

export interface RevisionInput {
	batch: string;
	kind: FileKind;
	fileName: string;
	sha256: string;
	encoding: string | null;
	/** The file's size in bytes. */
	size: number;
	/**
	 * The file as revision_files keeps it: its bytes, or the same gzipped (a CSV shrinks ~4×, so a large
	 * upload costs the database and the commit's memory a quarter). Read back as the file's bytes.
	 */
	stored: { bytes: Uint8Array; gzip: boolean };
	user: string | null;
	rows: number;
	added: number;
	updated: number;
	unchanged: number;
}

export interface Revision {
	id: number;
	batch: string;
	kind: FileKind | 'revert';
	fileName: string | null;
	sha256: string | null;
	size: number;
	encoding: string | null;
	user: string | null;
	createdAt: string;
	rows: number;
	added: number;
	updated: number;
	unchanged: number;
	reverts: number | null;
	revertedBy: number | null;
}

export interface Changes {
	added: number;
	updated: number;
	unchanged: number;
}

export type { RevisionChange, StagedChange, ValueChange } from '../../ingest/diff';

/** Records of one file staged inside a transaction, diffed against current data, then applied. */
export interface Stage {
	add(record: IngestRecord): void;
	flush(): Promise<void>;
	/** Diffs the staged records of a file of this kind against current data. */
	diff(kind: FileKind): Promise<Changes>;
	/** After diff, before apply: the rows that add or update something, in file order, at most `limit` per table. */
	changes(limit: number): Promise<StagedChange[]>;
	apply(revision: number): Promise<void>;
	/** Staged observations that state a YoY figure, for the post-commit consistency check. */
	statedYoy(): Promise<{ line: number; indicator: string; period: string; value: number; yoy: number; decimals: number }[]>;
	/**
	 * After diff: true when no indicator an observations file names had a current value or target before
	 * it, so that once applied each holds exactly the file's rows (false when not known).
	 */
	onlyNew(): boolean;
	/**
	 * Whether an indicator the staged observations name had no current value or target before this file
	 * (so that, applied, it holds exactly the file's rows); undefined when the stage cannot tell at once.
	 */
	wasEmpty?(indicator: string): boolean | undefined;
	/**
	 * Undefined when the stage can take more rows at once; else a promise to wait for before adding more
	 * (rows come faster than the database stores them, and would pile up in memory).
	 */
	ready?(): Promise<void> | undefined;
}

export interface RevertResult {
	revision: Revision;
	/** Values brought back (they were current before the reverted revision). */
	restored: number;
	/** Values the reverted revision had added or changed that are no longer current. */
	withdrawn: number;
	/** Values the reverted revision wrote that were changed again later and so stay as they are. */
	keptLater: number;
}

export interface Tx {
	/** The transaction's connection, for the repositories written once over Sql (db/common). */
	readonly sql: Sql;
	currentIndicators(): Promise<Indicator[]>;
	stage(): Promise<Stage>;
	createRevision(r: RevisionInput): Promise<number>;
	currentValue(indicator: string, period: string): Promise<number | null>;
	revert(id: number, user: string | null, batch: string): Promise<RevertResult>;
}

/** A signed chart link an analyst made (the signature itself is never stored: it is recomputed). */
export interface EmbedLink {
	/** Random, URL-safe; part of the signed query, so a link can be looked up and revoked. */
	id: string;
	indicator: string;
	/** The signed path, e.g. /embed/tourist-arrivals. */
	path: string;
	/** The canonical query the signature covers (without the signature). */
	query: string;
	expiresAt: string;
	note: string;
	createdBy: string | null;
	createdAt: string;
	revokedAt: string | null;
	revokedBy: string | null;
}

export type EmbedLinkInput = Pick<EmbedLink, 'id' | 'indicator' | 'path' | 'query' | 'expiresAt' | 'createdBy'> & { note?: string };

export interface User {
	id: number;
	username: string;
	role: Role;
	mustChangePassword: boolean;
	disabled: boolean;
	createdAt: string;
}
export interface UserWithHash extends User {
	passwordHash: string;
}

export interface UsersRepo {
	count(): Promise<number>;
	list(): Promise<User[]>;
	/** By Unicode case and compatibility form (common/name-key.ts): ÄRGER finds Ärger, ＡＮＡ finds ana. */
	byName(username: string): Promise<UserWithHash | null>;
	byId(id: number): Promise<UserWithHash | null>;
	/** Throws StoreError 'conflict' when the name is taken, by the same rule as byName. */
	create(u: { username: string; role: Role; passwordHash: string; mustChangePassword: boolean }): Promise<number>;
	/** `email`: the address digests go to (null: none). */
	update(id: number, patch: Partial<{ role: Role; passwordHash: string; mustChangePassword: boolean; disabled: boolean; email: string | null }>): Promise<void>;
}

/** Indicators a user follows (the overview's followed-first order; a digest's default scope). */
export interface FollowsRepo {
	follow(userId: number, indicator: string): Promise<void>;
	/** True when this call removed a follow. */
	unfollow(userId: number, indicator: string): Promise<boolean>;
	/** Codes in code order. */
	list(userId: number): Promise<string[]>;
	isFollowing(userId: number, indicator: string): Promise<boolean>;
}

/** Server-side sessions, keyed by a hash of the cookie's token (the token itself is never stored). */
export interface SessionsRepo {
	create(tokenHash: string, userId: number, now: number, expiresAt: number): Promise<void>;
	/** The session's user and expiry, or null when unknown (expired ones are returned; the caller decides). */
	find(tokenHash: string): Promise<{ user: UserWithHash; createdAt: number; expiresAt: number } | null>;
	extend(tokenHash: string, expiresAt: number): Promise<void>;
	delete(tokenHash: string): Promise<void>;
	deleteForUser(userId: number): Promise<void>;
	purgeExpired(now: number): Promise<number>;
}

export interface AuditInput {
	actor: string | null;
	action: string;
	target: string | null;
	detail: string;
	ip: string | null;
}
export interface AuditEntry extends AuditInput {
	id: number;
	at: string;
}
export interface AuditRepo {
	add(e: AuditInput): Promise<void>;
	/** Newest first. */
	list(q: { limit: number; beforeId?: number; action?: string }): Promise<AuditEntry[]>;
}

export interface ThrottleState {
	failures: number;
	firstAt: number;
	lastAt: number;
}
/** Failed sign-in counters per key (user name, client address), shared by every app instance. */
export interface ThrottleRepo {
	get(key: string): Promise<ThrottleState | null>;
	/** Atomically counts one failure; a counter older than windowMs starts again at 1. */
	fail(key: string, now: number, windowMs: number): Promise<ThrottleState>;
	clear(key: string): Promise<void>;
}

/** One current value as the export writes it: its indicator's unit and its target joined in. */
export interface ExportRecord {
	indicator: string;
	period: string;
	value: number;
	unit: string;
	qualifier: StoredObservation['qualifier'];
	target: number | null;
	provenance: StoredObservation['provenance'];
	yoyReported: number | null;
	yoyDecimals: number | null;
	source: string;
	note: string;
	revision: number;
}

/** An uploaded file as stored: its bytes in chunks, gzipped when `compression` says so. */
export interface StoredFile {
	compression: 'gzip' | null;
	/** Bytes as stored (compressed size when gzipped). */
	storedSize: number;
	chunks: AsyncIterable<Uint8Array>;
}

export interface Store {
	readonly backend: 'sqlite' | 'postgres';
	/** Committed data, for the repositories written once over Sql (db/common); writes go through transaction(). */
	readonly sql: Sql;
	/** Runs fn in one write transaction: commits when it resolves unless `rollback` (checked at the end) says otherwise. */
	transaction<T>(fn: (tx: Tx) => Promise<T>, options?: { rollback?: () => boolean }): Promise<T>;
	indicators(): Promise<Indicator[]>;
	observations(filter?: { indicators?: string[] }): Promise<StoredObservation[]>;
	targets(filter?: { indicators?: string[] }): Promise<StoredTarget[]>;
	revisions(): Promise<Revision[]>;
	revision(id: number): Promise<Revision | null>;
	revisionContent(id: number): Promise<Uint8Array | null>;
	readonly users: UsersRepo;
	readonly follows: FollowsRepo;
	readonly sessions: SessionsRepo;
	readonly audit: AuditRepo;
	readonly throttle: ThrottleRepo;
	/** The values a revision wrote or withdrew, with what they replaced; at most `limit` per table. */
	revisionChanges(id: number, limit: number): Promise<RevisionChange[]>;
	/**
	 * Changes [offset, offset + limit) of what revision `id` did, in the order indicators, observations,
	 * targets (written, then withdrawn), with exact counts per table: for pages of a large revision.
	 */
	revisionChangesPage(id: number, offset: number, limit: number): Promise<RevisionChangesPage>;
	/** Id of the newest revision (or 0): the data version used for cache keys. */
	dataVersion(): Promise<number>;
	/** The server secret called `name`, created (once, by whichever process comes first) from `generate()`. */
	secret(name: string, generate: () => Uint8Array): Promise<Uint8Array>;
	createEmbedLink(link: EmbedLinkInput): Promise<EmbedLink>;
	embedLink(id: string): Promise<EmbedLink | null>;
	/** Newest first; only one indicator's when given. */
	embedLinks(filter?: { indicator?: string }): Promise<EmbedLink[]>;
	/** True when this call revoked the link (false: unknown or already revoked). */
	revokeEmbedLink(id: string, user: string | null): Promise<boolean>;
	/** Codes of the indicators an admin made public (embeddable without a signed link). */
	publicIndicators(): Promise<string[]>;
	isIndicatorPublic(code: string): Promise<boolean>;
	setIndicatorPublic(code: string, isPublic: boolean, user: string | null): Promise<void>;
	/**
	 * Every current value (of `filter.indicators` only, when given) in (indicator, period) order, read from
	 * a database cursor in pages of at most `pageSize`, from one snapshot. Memory stays constant however
	 * many rows there are; stopping early (`break`, or `return()` on the iterator) releases the cursor.
	 */
	exportRows(filter?: { indicators?: string[]; pageSize?: number }): AsyncIterable<ExportRecord[]>;
	/**
	 * A revision's uploaded file as stored (not gunzipped), read in chunks of at most `chunkSize` bytes
	 * where the database can (PostgreSQL); null when the revision has no file.
	 */
	revisionFile(id: number, chunkSize?: number): Promise<StoredFile | null>;
	close(): Promise<void>;
}

export class StoreError extends Error {
	constructor(
		readonly code: 'not_ours' | 'corrupt' | 'not_found' | 'already_reverted' | 'unavailable' | 'conflict',
		message: string
	) {
		super(message);
	}
}
