// The briefing as a Word file: the same model as the A4 page, charts as PNG (drawn with the shipped CJK
// font), and Chinese fonts named for East Asian text (宋体 body, 黑体 headings), as official documents use.
import {
	AlignmentType,
	BorderStyle,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { t, type Lang } from '../format/messages';
import type { Briefing, BriefingItem } from './briefing';
import { svgToPng } from './chart-png';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' };
/** Text width of A4 portrait with 2.5 cm margins, in the 96-dpi pixels docx sizes pictures in. */
const TEXT_WIDTH_PX = 605;

const cell = (text: string, opts: { bold?: boolean; right?: boolean } = {}) =>
	new TableCell({
		children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold })] })]
	});

function figuresTable(item: BriefingItem): Table {
	const { columns, rows } = item.figures;
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, { bold: true, right: i > 0 })) }),
			...rows.map(
				(r) =>
					new TableRow({
						cantSplit: true,
						children: [cell(r.mark ? `${r.period}(${r.mark})` : r.period), cell(r.value, { right: true }), cell(r.yoy, { right: true }), cell(r.ytd, { right: true }), cell(r.completion, { right: true })]
					})
			)
		]
	});
}

function itemBlocks(item: BriefingItem, pngs: Buffer[], lang: Lang): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.name)] })];
	for (const s of item.narrative) out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(s)] }));
	for (const [i, c] of item.charts.entries()) {
		const png = pngs[i]!;
		const width = Math.min(TEXT_WIDTH_PX, c.size.width);
		out.push(
			new Paragraph({
				keepNext: true,
				children: [
					new ImageRun({
						type: 'png',
						data: png,
						transformation: { width, height: Math.round((width * c.size.height) / c.size.width) },
						altText: { name: c.title, title: c.title, description: c.label }
					})
				]
			}),
			new Paragraph({ style: 'Caption', children: [new TextRun(c.title)] })
		);
	}
	const marks = [item.unit ? `${t('embed.unit', lang)}:${item.unit}` : '', item.demo ? t('embed.demo', lang) : '', item.derived ? t('embed.derived', lang) : ''].filter(Boolean);
	if (marks.length) out.push(new Paragraph({ children: [new TextRun({ text: marks.join(lang === 'en' ? '; ' : ';'), italics: true })] }));
	out.push(figuresTable(item));
	if (item.sources.length) {
		out.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: t('indicator.sources', lang), bold: true })] }));
		for (const s of item.sources) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${s.periods}:`, bold: true }), new TextRun(s.source)] }));
	}
	return out;
}

/** The .docx bytes. Text goes through docx's XML writer, which escapes it: names stay text, never markup. */
export async function briefingDocx(b: Briefing, lang: Lang, title: string, date: string): Promise<Buffer> {
	const children: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(title)] }),
		new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(date)] })
	];
	// Rasterise every chart at once: resvg draws on libuv's thread pool, so the pictures render in parallel.
	const pngs = await Promise.all(b.items.map((item) => Promise.all(item.charts.map((c) => svgToPng(c.svg, { scale: 2 })))));
	b.items.forEach((item, i) => children.push(...itemBlocks(item, pngs[i]!, lang)));
	children.push(new Paragraph({ spacing: { before: 240 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } }, children: [new TextRun({ text: t('footer.demo', lang), size: 18 })] }));
	const language = { value: lang === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
	const doc = new Document({
		title,
		creator: t('app.title', lang),
		styles: {
			default: {
				document: { run: { font: BODY_FONT, size: 24, language } },
				title: { run: { font: HEADING_FONT, size: 36, bold: true } },
				heading2: { run: { font: HEADING_FONT, size: 30, bold: true }, paragraph: { keepNext: true, spacing: { before: 360, after: 120 } } }
			}
		},
		sections: [{ properties: { page: { size: { orientation: PageOrientation.PORTRAIT, width: '210mm', height: '297mm' }, margin: { top: '2.5cm', bottom: '2.5cm', left: '2.5cm', right: '2.5cm' } } }, children }]
	});
	return Packer.toBuffer(doc);
}
