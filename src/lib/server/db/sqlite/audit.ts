// Repository: the audit log (append-only).
import type { AuditEntry, AuditInput } from '../store';
import type { DB } from './open';

export function add(db: DB, e: AuditInput): void {
	db.prepare('INSERT INTO audit_log (at, actor, action, target, detail, ip) VALUES (?, ?, ?, ?, ?, ?)').run(
		new Date().toISOString(),
		e.actor,
		e.action,
		e.target,
		e.detail,
		e.ip
	);
}

export function list(db: DB, q: { limit: number; beforeId?: number; action?: string }): AuditEntry[] {
	const where: string[] = [];
	const args: (string | number)[] = [];
	if (q.beforeId !== undefined) (where.push('id < ?'), args.push(q.beforeId));
	if (q.action) (where.push('action = ?'), args.push(q.action));
	const sql = `SELECT id, at, actor, action, target, detail, ip FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`;
	return db.prepare(sql).all(...args, q.limit) as AuditEntry[];
}
