// Plain-SQL schema migrations for SQLite; PRAGMA user_version records how many have run.
// History is append-only: rows are never deleted; a newer row supersedes an older one (superseded_by).
import { derivedSchema, followsSchema, synonymsSchema, subscriptionsSchema, uploadPreviewsSchema } from '../common/schema';

export const SQLITE_MIGRATIONS: readonly string[] = [
	`
CREATE TABLE revisions (
	id INTEGER PRIMARY KEY,
	batch TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('observations', 'indicators', 'targets', 'revert')),
	file_name TEXT,
	sha256 TEXT,
	size INTEGER NOT NULL DEFAULT 0,
	encoding TEXT,
	user_name TEXT,
	created_at TEXT NOT NULL,
	rows INTEGER NOT NULL DEFAULT 0,
	added INTEGER NOT NULL DEFAULT 0,
	updated INTEGER NOT NULL DEFAULT 0,
	unchanged INTEGER NOT NULL DEFAULT 0,
	reverts INTEGER REFERENCES revisions(id),
	reverted_by INTEGER REFERENCES revisions(id)
);
CREATE TABLE revision_files (
	revision_id INTEGER PRIMARY KEY REFERENCES revisions(id),
	content BLOB NOT NULL
);
CREATE TABLE indicators (
	id INTEGER PRIMARY KEY,
	code TEXT NOT NULL,
	name_zh TEXT NOT NULL,
	name_en TEXT NOT NULL DEFAULT '',
	unit TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('flow', 'stock', 'rate')),
	direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
	category TEXT NOT NULL DEFAULT '',
	item INTEGER CHECK (item BETWEEN 1 AND 11),
	description TEXT NOT NULL DEFAULT '',
	revision_id INTEGER NOT NULL REFERENCES revisions(id),
	superseded_by INTEGER REFERENCES revisions(id)
);
CREATE UNIQUE INDEX indicators_current ON indicators(code) WHERE superseded_by IS NULL;
CREATE INDEX indicators_revision ON indicators(revision_id);
CREATE INDEX indicators_superseded ON indicators(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE TABLE observations (
	id INTEGER PRIMARY KEY,
	indicator TEXT NOT NULL,
	period TEXT NOT NULL,
	value REAL NOT NULL,
	qualifier TEXT,
	provenance TEXT NOT NULL CHECK (provenance IN ('reported', 'derived', 'demo')),
	yoy_reported REAL,
	yoy_decimals INTEGER,
	source TEXT NOT NULL DEFAULT '',
	note TEXT NOT NULL DEFAULT '',
	revision_id INTEGER NOT NULL REFERENCES revisions(id),
	superseded_by INTEGER REFERENCES revisions(id)
);
CREATE UNIQUE INDEX observations_current ON observations(indicator, period) WHERE superseded_by IS NULL;
CREATE INDEX observations_revision ON observations(revision_id);
CREATE INDEX observations_superseded ON observations(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE TABLE targets (
	id INTEGER PRIMARY KEY,
	indicator TEXT NOT NULL,
	period TEXT NOT NULL,
	value REAL NOT NULL,
	qualifier TEXT,
	basis TEXT NOT NULL DEFAULT '',
	owner TEXT NOT NULL DEFAULT '',
	department TEXT NOT NULL DEFAULT '',
	deadline TEXT NOT NULL DEFAULT '',
	source TEXT NOT NULL DEFAULT '',
	note TEXT NOT NULL DEFAULT '',
	revision_id INTEGER NOT NULL REFERENCES revisions(id),
	superseded_by INTEGER REFERENCES revisions(id)
);
CREATE UNIQUE INDEX targets_current ON targets(indicator, period) WHERE superseded_by IS NULL;
CREATE INDEX targets_revision ON targets(revision_id);
CREATE INDEX targets_superseded ON targets(superseded_by) WHERE superseded_by IS NOT NULL;
`,
	// Embeds: server secrets (the embed-link HMAC key, generated on first use), signed embed links (revoked,
	// never deleted) and which indicators an admin made public. The flag lives outside the versioned
	// indicators table so that uploading a new definition never changes who may see the chart.
	`
CREATE TABLE app_secrets (
	name TEXT PRIMARY KEY,
	value BLOB NOT NULL,
	created_at TEXT NOT NULL
);
CREATE TABLE embed_links (
	id TEXT PRIMARY KEY,
	indicator TEXT NOT NULL,
	path TEXT NOT NULL,
	query TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	note TEXT NOT NULL DEFAULT '',
	created_by TEXT,
	created_at TEXT NOT NULL,
	revoked_at TEXT,
	revoked_by TEXT
);
CREATE INDEX embed_links_indicator ON embed_links(indicator, created_at);
CREATE TABLE indicator_flags (
	indicator TEXT PRIMARY KEY,
	public INTEGER NOT NULL CHECK (public IN (0, 1)),
	updated_by TEXT,
	updated_at TEXT NOT NULL
);
`,
	// 3: accounts. Sessions keep only a hash of the token; the throttle counts failed sign-ins per key.
	`
CREATE TABLE users (
	id INTEGER PRIMARY KEY,
	username TEXT NOT NULL COLLATE NOCASE UNIQUE,
	role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
	password_hash TEXT NOT NULL,
	must_change_password INTEGER NOT NULL DEFAULT 0,
	disabled INTEGER NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id),
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE audit_log (
	id INTEGER PRIMARY KEY,
	at TEXT NOT NULL,
	actor TEXT,
	action TEXT NOT NULL,
	target TEXT,
	detail TEXT NOT NULL DEFAULT '',
	ip TEXT
);
CREATE INDEX audit_log_action ON audit_log(action, id);
CREATE TABLE login_throttle (
	key TEXT PRIMARY KEY,
	failures INTEGER NOT NULL,
	first_at INTEGER NOT NULL,
	last_at INTEGER NOT NULL
);
`,
	// 4: uploaded bytes may be stored gzipped (NULL: as uploaded).
	`ALTER TABLE revision_files ADD COLUMN compression TEXT CHECK (compression IN ('gzip'));`,
	// 5: derived data per indicator (src/lib/server/derived.ts): the same DDL on both databases.
	derivedSchema('sqlite'),
	// 6: user names are compared by their key, the Unicode case fold of the name (common/name-key.ts), so
	// that Ärger and ärger are one user here as on PostgreSQL. SQL cannot run that fold: lower() gives
	// the right key for ASCII names (and unique ones, as the NOCASE constraint already was), and open.ts
	// re-keys every other name from JS in the same transaction. The old NOCASE constraint stays (dropping
	// it means rebuilding the table): it folds ASCII letters only, and a valid name holds no combining
	// marks, so it refuses nothing that the key does not refuse too.
	`
ALTER TABLE users ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE users SET name_key = lower(username);
CREATE UNIQUE INDEX users_name_key ON users(name_key);
`,
	// 7: follows, and users.email for digests (common/schema.ts; the same DDL on both databases).
	followsSchema(),
	// 8: labels analysts mapped while reviewing report text (common/schema.ts; the same DDL on both databases).
	synonymsSchema(),
	// 9: digest subscriptions, group robots, send claims and the delivery log (common/schema.ts).
	subscriptionsSchema('sqlite'),
	// 10: uploads previewed without JavaScript, for a paged diff and a commit by id (common/schema.ts).
	uploadPreviewsSchema('sqlite')
];

/** "OBRD": marks a SQLite file as ours, so a foreign database is refused rather than altered. */
export const APPLICATION_ID = 0x4f425244;
