// `npm run transcripts:update`: the screen-reader transcripts alone, without coverage (a few files cannot meet the
// whole suite's coverage gate). With UPDATE_TRANSCRIPTS=1 the transcripts plugin writes the snapshots
// (test/transcripts/*.txt); review them with `git diff` before committing.
import base from './web-test-runner.config.mjs';

export default { ...base, files: ['test/transcripts/*.test.ts'], coverage: false };
