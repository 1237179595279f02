// The export's query, shared by the SQLite and PostgreSQL cursors: every current value of a current
// indicator with that indicator's unit and the value's current target joined in, named as ExportRecord.
// Each backend adds its own filter, order (PostgreSQL needs COLLATE "C" to sort as SQLite does) and cursor.

export const EXPORT_SELECT = `SELECT o.indicator, o.period, o.value, i.unit, o.qualifier, t.value AS target,
	o.provenance, o.yoy_reported AS "yoyReported", o.yoy_decimals AS "yoyDecimals", o.source, o.note,
	o.revision_id AS revision
	FROM observations o
	JOIN indicators i ON i.code = o.indicator AND i.superseded_by IS NULL
	LEFT JOIN targets t ON t.indicator = o.indicator AND t.period = o.period AND t.superseded_by IS NULL
	WHERE o.superseded_by IS NULL`;

/** Rows per page when the caller does not say: a few hundred KB at most. */
export const EXPORT_PAGE = 1000;
