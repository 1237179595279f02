// Repository: the audit log (append-only; on PostgreSQL a trigger also refuses DELETE and TRUNCATE).
import type { Param, Sql } from '../sql';
import type { AuditEntry, AuditInput } from '../store';

interface AuditRow {
	id: number;
	at: string;
	actor: string | null;
	action: string;
	target: string | null;
	detail: string;
	ip: string | null;
}

const toEntry = (r: AuditRow): AuditEntry => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, target: r.target, detail: r.detail, ip: r.ip });

export async function add(db: Sql, e: AuditInput): Promise<void> {
	await db.run('INSERT INTO audit_log (at, actor, action, target, detail, ip) VALUES (?, ?, ?, ?, ?, ?)', [
		new Date().toISOString(),
		e.actor,
		e.action,
		e.target,
		e.detail,
		e.ip
	]);
}

/** Newest first; `beforeId` pages back, `action` filters. */
export async function list(db: Sql, q: { limit: number; beforeId?: number; action?: string }): Promise<AuditEntry[]> {
	const where: string[] = [];
	const args: Param[] = [];
	if (q.beforeId !== undefined) (where.push('id < ?'), args.push(q.beforeId));
	if (q.action) (where.push('action = ?'), args.push(q.action));
	const rows = await db.all<AuditRow>(
		`SELECT id, at, actor, action, target, detail, ip FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
		[...args, q.limit]
	);
	return rows.map(toEntry);
}
