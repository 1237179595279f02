// Messages of reading figures from report text (CLI, API), zh-CN first; merged into messages.ts.
export const extractMessages = {
	'extract.empty': { 'zh-CN': '文本为空：没有可读取的内容', en: 'The text is empty: there is nothing to read' },
	'extract.binary': {
		'zh-CN': '无法读取：这不是文本、Word(.docx)或带文字层的 PDF 文件',
		en: 'Cannot read this file: it is not text, a Word (.docx) document or a PDF with a text layer'
	},
	'extract.scannedPdf': {
		'zh-CN': '该 PDF 没有文字层（可能是扫描件），请先做文字识别(OCR)或粘贴文字',
		en: 'This PDF has no text layer (probably a scan); run OCR first or paste the text'
	},
	'extract.badDocx': { 'zh-CN': '无法读取该 Word 文件(.docx)，文件可能已损坏', en: 'Cannot read this Word (.docx) file; it may be damaged' },
	'extract.badPdf': { 'zh-CN': '无法读取该 PDF 文件，文件可能已损坏或已加密', en: 'Cannot read this PDF; it may be damaged or encrypted' },
	'extract.tooLarge': { 'zh-CN': '文件太大：最多 {limit}，未读取', en: 'The file is too large: at most {limit}; nothing was read' },
	'extract.noInput': { 'zh-CN': '请提供文本(字段 text)或文件(字段 file)', en: 'Give the text (field text) or a file (field file)' },
	'extract.badDate': { 'zh-CN': '日期应写作 YYYY-MM-DD', en: 'The date must be written YYYY-MM-DD' },
	'extract.usage': {
		'zh-CN': '用法：npm run extract -- [--json | --csv | --targets-csv] [--date YYYY-MM-DD] 文件|-',
		en: 'usage: npm run extract -- [--json | --csv | --targets-csv] [--date YYYY-MM-DD] FILE|-'
	},
	'extract.target': { 'zh-CN': '目标', en: 'target' },
	'extract.yoy': { 'zh-CN': '同比', en: 'YoY' },
	'extract.unmapped': { 'zh-CN': '未对应指标', en: 'no indicator' },
	'extract.unreadable': { 'zh-CN': '无法读取文件', en: 'Cannot read the file' }
} as const;
