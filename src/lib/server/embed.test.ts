import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { embedCsp, frameAncestors } from './embed';

describe('embed Content-Security-Policy', () => {
	it('lets only the configured sites frame the embed, and this site by default', () => {
		expect(loadConfig({}).EMBED_FRAME_ANCESTORS).toBe("'self'");
		expect(loadConfig({ EMBED_FRAME_ANCESTORS: "'self' https://intranet.example.gov.cn" }).EMBED_FRAME_ANCESTORS).toBe("'self' https://intranet.example.gov.cn");
		// A value that would add a directive stops the server with a clear message instead of being trusted.
		expect(() => loadConfig({ EMBED_FRAME_ANCESTORS: "* ; script-src 'unsafe-eval'" })).toThrow(/EMBED_FRAME_ANCESTORS/);
		expect(frameAncestors()).toBe(loadConfig().EMBED_FRAME_ANCESTORS);
		expect(embedCsp(false, 'https://a.example')).toContain('frame-ancestors https://a.example');
	});

	it('allows no script at all unless interactive', () => {
		expect(embedCsp(false, "'self'")).toContain("script-src 'none'");
		expect(embedCsp(true, "'self'")).toContain("script-src 'self'");
		expect(embedCsp(false, "'self'")).toContain("default-src 'none'");
	});
});
