// Integration tests run against the production build: build it once (only when sources changed).
import { buildIfNeeded } from '../../src/cli/build-if-needed.js';

export default async function setup() {
	buildIfNeeded(process.cwd());
}
