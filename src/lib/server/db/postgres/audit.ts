// Repository: the audit log (append-only: a trigger refuses DELETE and TRUNCATE).
import type { AuditEntry, AuditInput } from '../store';
import type { PG } from './open';

export async function add(db: PG, e: AuditInput): Promise<void> {
	await db.query('INSERT INTO audit_log (at, actor, action, target, detail, ip) VALUES ($1, $2, $3, $4, $5, $6)', [
		new Date().toISOString(),
		e.actor,
		e.action,
		e.target,
		e.detail,
		e.ip
	]);
}

export async function list(db: PG, q: { limit: number; beforeId?: number; action?: string }): Promise<AuditEntry[]> {
	const where: string[] = [];
	const args: (string | number)[] = [];
	if (q.beforeId !== undefined) (args.push(q.beforeId), where.push(`id < $${args.length}`));
	if (q.action) (args.push(q.action), where.push(`action = $${args.length}`));
	args.push(q.limit);
	const { rows } = await db.query<AuditEntry>(
		`SELECT id, at, actor, action, target, detail, ip FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT $${args.length}`,
		args
	);
	return rows;
}
