/**
 * The screen-reader transcripts' snapshots (test/transcripts/*.txt), read and
 * written on the server, since the page cannot touch files:
 *
 *   const { expected } = await executeServerCommand('transcript', { file: 'figure.default.vi.txt', text });
 *
 * Returns the committed text (`null` when there is none); without `text` it only
 * reads. Only with
 * UPDATE_TRANSCRIPTS=1 in the environment (`npm run transcripts:update`) does it
 * first write `text` to the file, so a snapshot changes only on purpose; the
 * change is then reviewed in `git diff` like any other.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import process from 'node:process';

/** component.state.lang.txt, nothing else: no path can leave the folder. */
const NAME = /^[a-z][a-z-]*\.[a-z][a-z0-9-]*\.(vi|en)\.txt$/;

export function transcriptsPlugin({ dir = resolve(process.cwd(), 'test/transcripts'), update = process.env.UPDATE_TRANSCRIPTS === '1' } = {}) {
  return {
    name: 'portal-transcripts',
    async executeCommand({ command, payload }) {
      if (command !== 'transcript') return undefined;
      const { file, text } = payload ?? {};
      if (typeof file !== 'string' || !NAME.test(file)) throw new Error(`transcript: a file name like figure.default.vi.txt, not ${JSON.stringify(file)}`);
      if (text !== undefined && typeof text !== 'string') throw new Error('transcript: text must be a string, or left out to only read');
      const path = resolve(dir, file);
      if (update && typeof text === 'string') await writeFile(path, text);
      try {
        return { expected: await readFile(path, 'utf8'), updated: update && typeof text === 'string' };
      } catch (error) {
        if (error?.code === 'ENOENT') return { expected: null, updated: false };
        throw error;
      }
    },
  };
}
