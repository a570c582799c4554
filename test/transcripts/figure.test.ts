import '../helpers.js';
import '../../src/all.js';
import { expect } from '@open-wc/testing';
import { expectTranscript, fileOf, LANGS, record, snapshot } from './harness.js';
import { scenarios } from './scenarios.js';

describe('<portal-figure>: what a screen reader says', () => {
  for (const scenario of scenarios['figure']!) {
    for (const lang of LANGS) {
      it(`reads and tabs as recorded in test/transcripts/${scenario.component}.${scenario.state}.${lang}.txt [wcag screen-reader 1.3.1 1.3.2 4.1.2]`, () => expectTranscript(scenario, lang));
    }
  }

  it('a changed label changes the transcript, so the comparison with the snapshot fails', async () => {
    const scenario = scenarios['figure']![0]!;
    const changed = await record(scenario, 'vi', (root) => {
      root.querySelector('img')!.alt = 'Ảnh hội nghị';
    });
    const { expected } = await snapshot(fileOf(scenario, 'vi'));
    expect(expected).to.be.a('string');
    expect(changed).to.include('  image, Ảnh hội nghị\n');
    expect(expected).not.to.include('Ảnh hội nghị');
    // The assertion expectTranscript makes, on the changed text: it fails.
    expect(() => expect(changed).to.equal(expected)).to.throw();
  });
});
