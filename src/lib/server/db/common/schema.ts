// DDL both databases share, written once: the derived rows per indicator (src/lib/server/derived.ts).
// These tables are a cache of the history, not history: they are rewritten freely. A commit sets the
// version of each indicator it touched; an indicator's rows are derived again only when it moved.

export function derivedSchema(dialect: 'sqlite' | 'postgres'): string {
	// SQLite keeps these small keyed tables in their primary-key b-tree; PostgreSQL has no such option.
	const keyed = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
	return `
CREATE INDEX indicators_code ON indicators(code, id);
CREATE TABLE indicator_versions (
	indicator text PRIMARY KEY,
	version integer NOT NULL
)${keyed};
INSERT INTO indicator_versions (indicator, version)
	SELECT code, COALESCE((SELECT max(id) FROM revisions), 0) FROM indicators WHERE superseded_by IS NULL;
CREATE TABLE derived_indicators (
	indicator text PRIMARY KEY,
	version integer NOT NULL,
	ord bigint NOT NULL,
	name_zh text NOT NULL,
	name_en text NOT NULL,
	unit text NOT NULL,
	kind text NOT NULL,
	category text NOT NULL,
	category_rank integer NOT NULL,
	item integer,
	search text NOT NULL,
	spark_zh text,
	spark_en text
)${keyed};
CREATE INDEX derived_indicators_order ON derived_indicators(category_rank, category, ord);
CREATE TABLE derived_cards (
	indicator text NOT NULL,
	year integer NOT NULL,
	status text NOT NULL,
	status_rank integer NOT NULL,
	card text NOT NULL,
	PRIMARY KEY (indicator, year)
)${keyed};
CREATE INDEX derived_cards_year ON derived_cards(year, status);
`;
}

/**
 * 7: who follows which indicator (the overview puts followed cards first; digests default to them), and
 * a user's e-mail address for digests. The same DDL on both databases: times are ISO 8601 text.
 */
export function followsSchema(): string {
	return `
CREATE TABLE follows (
	user_id integer NOT NULL REFERENCES users(id),
	indicator text NOT NULL,
	created_at text NOT NULL,
	PRIMARY KEY (user_id, indicator)
);
CREATE INDEX follows_indicator ON follows(indicator, user_id);
ALTER TABLE users ADD COLUMN email text;
`;
}

/**
 * An upload previewed without JavaScript, kept so that its diff can be paged by URL (`/upload?preview=ID&page=2`)
 * and committed by its id instead of the page echoing the whole file back. Times are ISO 8601 text; rows
 * are deleted at commit and after a day (src/lib/server/upload-preview.ts).
 */
export function uploadPreviewsSchema(dialect: 'sqlite' | 'postgres'): string {
	return `
CREATE TABLE upload_previews (
	id text PRIMARY KEY,
	user_id integer NOT NULL REFERENCES users(id),
	file_name text NOT NULL,
	fields text NOT NULL,
	content ${dialect === 'sqlite' ? 'blob' : 'bytea'} NOT NULL,
	created_at text NOT NULL
);
CREATE INDEX upload_previews_user ON upload_previews(user_id, created_at);
`;
}
