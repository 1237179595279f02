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
	'extract.noInputPage': { 'zh-CN': '请粘贴通报文字,或选择一个文件', en: 'Paste the report’s text, or choose a file' },
	'extract.badDate': { 'zh-CN': '日期应写作 YYYY-MM-DD', en: 'The date must be written YYYY-MM-DD' },
	'extract.usage': {
		'zh-CN': '用法：npm run extract -- [--json | --csv | --targets-csv] [--date YYYY-MM-DD] 文件|-',
		en: 'usage: npm run extract -- [--json | --csv | --targets-csv] [--date YYYY-MM-DD] FILE|-'
	},
	'extract.target': { 'zh-CN': '目标', en: 'target' },
	'extract.yoy': { 'zh-CN': '同比', en: 'YoY' },
	'extract.unmapped': { 'zh-CN': '未对应指标', en: 'no indicator' },
	'extract.unreadable': { 'zh-CN': '无法读取文件', en: 'Cannot read the file' },
	'extract.noCatalog': {
		'zh-CN': '数据库中还没有指标,候选都无法对应到指标:先运行一次 npm start(首次启动会导入种子数据),或用 npm run ingest 导入指标文件',
		en: 'The database holds no indicators yet, so no candidate maps to one: run npm start once (its first start seeds the database) or ingest an indicators file with npm run ingest'
	},
	// The upload page's second way in: 从通报文本导入.
	'extractui.heading': { 'zh-CN': '从通报文本导入', en: 'From a report\'s text' },
	'extractui.intro': {
		'zh-CN': '粘贴通报文字或选择文件(.txt、.md、.docx、.pdf)，逐条核对读出的数字，确认后按常规上传流程预览差异并提交。',
		en: 'Paste a report\'s text or choose a file (.txt, .md, .docx, .pdf), check each figure read from it, then preview the changes and commit through the usual upload flow.'
	},
	'extractui.link': { 'zh-CN': '从通报文本导入', en: 'Import from a report\'s text' },
	'extractui.text': { 'zh-CN': '通报文字', en: 'Report text' },
	'extractui.file': { 'zh-CN': '或选择文件', en: 'Or choose a file' },
	'extractui.title': { 'zh-CN': '通报标题(可选，用于来源说明)', en: 'Report title (optional, for the source note)' },
	'extractui.untitled': { 'zh-CN': '通报', en: 'report' },
	'extractui.date': { 'zh-CN': '通报日期(可选)', en: 'Report date (optional)' },
	'extractui.read': { 'zh-CN': '读取数字', en: 'Read the figures' },
	'extractui.textHeading': { 'zh-CN': '原文(已标出读出的数字)', en: 'The text, with every figure read marked' },
	'extractui.tableHeading': { 'zh-CN': '读出的数字', en: 'Figures read' },
	'extractui.found': { 'zh-CN': '共读出 {n} 个数字；通报日期 {date}；标题：{title}', en: '{n} figures read; report date {date}; title: {title}' },
	'extractui.none': { 'zh-CN': '没有读出数字', en: 'No figures were read' },
	'extractui.col.label': { 'zh-CN': '说法', en: 'Label' },
	'extractui.col.indicator': { 'zh-CN': '指标', en: 'Indicator' },
	'extractui.col.period': { 'zh-CN': '期间', en: 'Period' },
	'extractui.col.written': { 'zh-CN': '原文写法', en: 'As written' },
	'extractui.col.base': { 'zh-CN': '基本单位数值', en: 'In the base unit' },
	'extractui.col.yoy': { 'zh-CN': '同比', en: 'YoY' },
	'extractui.col.role': { 'zh-CN': '类型', en: 'Role' },
	'extractui.col.qualifier': { 'zh-CN': '限定词', en: 'Qualifier' },
	'extractui.col.quote': { 'zh-CN': '原句', en: 'Quote' },
	'extractui.col.decision': { 'zh-CN': '确认', en: 'Decision' },
	'extractui.role.actual': { 'zh-CN': '实际', en: 'actual' },
	'extractui.role.target': { 'zh-CN': '目标', en: 'target' },
	'extractui.noIndicator': { 'zh-CN': '无(不导入)', en: 'none (not imported)' },
	'extractui.confirm': { 'zh-CN': '确认', en: 'Confirm' },
	'extractui.reject': { 'zh-CN': '舍弃', en: 'Reject' },
	'extractui.rowOf': { 'zh-CN': '第 {n} 条：{label}', en: 'Row {n}: {label}' },
	'extractui.confirmAll': { 'zh-CN': '全部确认(未舍弃的)并预览', en: 'Confirm all not rejected, and preview' },
	'extractui.previewChosen': { 'zh-CN': '只导入已确认的并预览', en: 'Preview the confirmed rows only' },
	'extractui.flag.unmapped': { 'zh-CN': '未对应指标', en: 'No indicator' },
	'extractui.flag.conflict': { 'zh-CN': '指标有冲突，请核对', en: 'Conflicting indicator; check it' },
	'extractui.flag.scope': { 'zh-CN': '范围与指标不一致，请核对', en: 'Scope differs from the indicator; check it' },
	'extractui.flag.noPeriod': { 'zh-CN': '缺少期间', en: 'No period' },
	'extractui.flagHint': {
		'zh-CN': '带 ⚠ 的行需先选定指标和期间或舍弃，才能提交。',
		en: 'Rows marked ⚠ must be given an indicator and a period, or rejected, before they can be committed.'
	},
	'extractui.unresolved': {
		'zh-CN': '有 {n} 条已确认的行缺少指标或期间：请补全或舍弃。',
		en: '{n} confirmed rows lack an indicator or a period: complete or reject them.'
	},
	'extractui.nothingChosen': { 'zh-CN': '没有确认任何一行', en: 'No row was confirmed' },
	'extractui.badRows': { 'zh-CN': '提交的行无效，请重新读取文本。', en: 'The rows sent are invalid; read the text again.' },
	'extractui.previewHeading': { 'zh-CN': '预览：提交后将发生的变化', en: 'Preview: what a commit changes' },
	'extractui.done': { 'zh-CN': '已提交。', en: 'Committed.' },
	'extractui.back': { 'zh-CN': '返回核对', en: 'Back to the figures' },
	'extractui.code': { 'zh-CN': '或输入指标代码', en: 'or type an indicator code' },
	'extractui.value': { 'zh-CN': '数值(可改，如 149.71万)', en: 'Value (editable, e.g. 149.71万)' },
	'extractui.badValue': {
		'zh-CN': '第 {rows} 条的数值无法识别：请写数字，可带 万/亿 和该行的单位，如 149.71万',
		en: 'The value of row {rows} cannot be read: write a number, with 万/亿 and the row\'s unit if you like, e.g. 149.71万'
	},
	'extractui.learnHint': {
		'zh-CN': '改过的指标对应会被记住：提交后，下一份通报里同样的说法会自动对应到该指标。',
		en: 'Indicators you change are remembered: after the commit, the same label in the next report maps to that indicator.'
	},
	'extractui.learnedHeading': { 'zh-CN': '已记住的说法', en: 'Labels learned from corrections' },
	'extractui.learnedIntro': {
		'zh-CN': '分析员在核对时改过的对应，读取下一份通报时优先使用。共 {n} 条。',
		en: 'Mappings analysts corrected while reviewing; the next report is read with them first. {n} in all.'
	},
	'extractui.learnedMore': { 'zh-CN': '只列出最近的 {shown} 条。', en: 'Only the latest {shown} are listed.' },
	'extractui.learned.term': { 'zh-CN': '说法', en: 'Label' },
	'extractui.learned.indicator': { 'zh-CN': '对应指标', en: 'Indicator' },
	'extractui.learned.by': { 'zh-CN': '记住于', en: 'Learned' },
	'extractui.forget': { 'zh-CN': '忘记', en: 'Forget' },
	'extractui.forgetLabel': { 'zh-CN': '忘记“{term}”', en: 'Forget “{term}”' },
	'extractui.forgotten': { 'zh-CN': '已忘记“{term}”。', en: 'Forgot “{term}”.' },
	'extractui.noSuchSynonym': { 'zh-CN': '没有这条已记住的说法', en: 'No such learned label' }
} as const;
