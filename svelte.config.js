import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// CSRF origin check stays on (the default); listed here so nobody turns it off unnoticed.
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy on every page (scripts get a nonce). frame-ancestors is added per route in
		// hooks.server.ts: 'none' everywhere except embeds, which take theirs from configuration.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (chart sizes, bar widths); 'unsafe-inline' here keeps those working.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
