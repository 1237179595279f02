// Messages of the upload preview that pages its diff and commits by id, zh-CN first; merged into messages.ts.
export const uploadPreviewMessages = {
	'upload.previewGone': {
		'zh-CN': '预览已过期或不存在，请重新上传文件。',
		en: 'This preview has expired or does not exist; upload the file again.'
	},
	'upload.moreAffected': { 'zh-CN': '另有 {n} 项指标', en: 'and {n} more indicators' },
	'upload.lookupFailed': { 'zh-CN': '无法向服务器查询指标', en: 'Could not look the indicators up on the server' }
} as const;
