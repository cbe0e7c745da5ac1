/** Builds the extension once before the tests, when the sources changed since the last build. */
import { ensureBuilt } from '../src/cli/build.ts';

export default async function setup(): Promise<void> {
  await ensureBuilt();
}
