import '../helpers.js';
import '../../src/all.js';
import { expectTranscript, LANGS } from './harness.js';
import { scenarios } from './scenarios.js';

describe('<portal-skip-ribbon>: what a screen reader says', () => {
  for (const scenario of scenarios['skip-ribbon']!) {
    for (const lang of LANGS) {
      it(`reads and tabs as recorded in test/transcripts/${scenario.component}.${scenario.state}.${lang}.txt [wcag screen-reader 1.3.1 1.3.2 4.1.2]`, () => expectTranscript(scenario, lang));
    }
  }
});
