// Numbered lists that a heading names as targets: every figure of such a list is a goal, not a result.

// 会议提出2025年文旅发展的主要预期目标: · 二、目标任务 · 主要目标: a heading line that ends in a name of goals.
const HEADING_RE = /(?:预期目标|主要目标|目标任务|任务目标|发展目标)[:]?\s*$/;
// 1.旅游人次… · 2、新增… · (3)创建… · 一、…: the numbering that opens an item of a list.
const ITEM_STYLES: readonly RegExp[] = [/^\s*\d{1,2}[.、](?!\d)/, /^\s*[(]\d{1,2}[)]/, /^\s*[一二三四五六七八九十]{1,3}、/, /^\s*[(][一二三四五六七八九十]{1,3}[)]/];

/**
 * Spans [start, end) of the items of numbered lists opened by a heading of goals (主要预期目标:). The list runs over
 * the lines numbered as its first item is, and stops at the first line numbered otherwise or not at all (the next
 * heading, of another kind).
 */
export function targetListSpans(s: string): [number, number][] {
	const spans: [number, number][] = [];
	const lines: [number, number][] = [];
	let at = 0;
	for (const m of s.matchAll(/\r?\n|\r/g)) {
		lines.push([at, m.index]);
		at = m.index + m[0].length;
	}
	lines.push([at, s.length]);
	for (let i = 0; i < lines.length - 1; i++) {
		const [a, b] = lines[i]!;
		if (!HEADING_RE.test(s.slice(a, b))) continue;
		const first = lines[i + 1]!;
		const style = ITEM_STYLES.find((r) => r.test(s.slice(first[0], first[1])));
		if (!style) continue;
		let j = i + 1;
		while (j < lines.length && style.test(s.slice(lines[j]![0], lines[j]![1]))) j++;
		spans.push([first[0], lines[j - 1]![1]]);
		i = j - 1;
	}
	return spans;
}

// 序号 | 指标 | 工作任务 | 完成时限 | 责任股室 · 序号 | 工作任务 | 责任单位 | 时间进度: a table of tasks, each row with its
// deadline or whom it falls to.
const TASK_HEAD_RE = /(?:^|[|\t])\s*(?:工作任务|目标任务|任务|主要任务|重点任务|考核内容(?:及指标)?)\s*(?:[|\t]|$)/;
const DUTY_HEAD_RE = /(?:^|[|\t])\s*(?:完成时限|完成时间|完成期限|时间节点|时间进度|进度安排|时限要求|责任(?:股室|单位|部门|科室|人)|牵头单位)/;

/** Spans [start, end) of the rows of task tables (a head naming tasks and their deadline or owner): every figure there is a goal. */
export function taskTableSpans(s: string): [number, number][] {
	const spans: [number, number][] = [];
	let head = false;
	let at = 0;
	for (const line of s.split('\n')) {
		const cells = /[|\t]/.test(line);
		if (cells && TASK_HEAD_RE.test(line) && DUTY_HEAD_RE.test(line)) head = true;
		else if (!cells) head = false;
		else if (head) spans.push([at, at + line.length]);
		at += line.length + 1;
	}
	return spans;
}
