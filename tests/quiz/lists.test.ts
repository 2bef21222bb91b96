import {expect} from '@open-wc/testing';
import {listCandidates} from '../../src/quiz/asking/list-questions.js';
import {draftCandidates} from '../../src/quiz/generate.js';

const GUIDE = [
  'Zero-waste travel: a practical guide',
  '',
  'Tourism puts real strain on the places people love to visit, and small choices add up over a trip.',
  '',
  'Travel experts point to four main problems that mass tourism causes:',
  '',
  '- **Resource Depletion:** Popular destinations often face immense pressure on their local water supplies, energy grids, and food systems.',
  '- **Plastic Pollution:** Single-use bottles and bags pile up on beaches and in rivers faster than towns can collect them.',
  '- **Cultural Commodification:** Local traditions are sometimes repackaged as shows for visitors, losing the meaning they had for residents.',
  '- **Overcrowding:** Narrow streets and small harbours fill beyond what their residents can bear during the summer season.',
  '',
  'Each of these can be eased by travellers who plan ahead and pack with care.',
].join('\n');

const sentencesOf = (lines: string[]) => lines.map((text, index) => ({text, paragraph: index}));

describe('which item of a labelled list says this', () => {
  it('asks with the list’s other labels as choices, one question per list, under the list’s own heading', () => {
    const candidates = listCandidates(
      GUIDE.split('\n')
        .filter((line) => line && !line.startsWith('Zero-waste'))
        .map((text, paragraph) => ({text: text.replace(/^- \*\*(.+?):\*\*/, '$1:'), paragraph})),
      () => 0.8
    );
    expect(candidates).to.have.length(1);
    const [question] = candidates;
    expect(question.prompt).to.match(/^Under “Travel experts point to four main problems that mass tourism causes”, which item of the article’s list says: “/);
    const labels = ['Resource Depletion', 'Plastic Pollution', 'Cultural Commodification', 'Overcrowding'];
    expect(labels).to.include(question.correct);
    for (const distractor of question.distractors) expect(labels).to.include(distractor);
    expect(question.distractors).to.not.include(question.correct);
  });

  it('reads the list from markdown as the article gives it', () => {
    const drafted = draftCandidates(GUIDE, {count: 8}).candidates.filter((c) => c.prompt.includes('item of the article’s list'));
    expect(drafted).to.have.length(1);
    expect(drafted[0].evidence).to.match(/^(Resource Depletion|Plastic Pollution|Cultural Commodification|Overcrowding): /);
  });

  it('skips an item whose description uses its own label’s words, or says nothing without it', () => {
    const items = sentencesOf([
      'The benefits are these:',
      'Unmatched Accuracy: AI algorithms can analyze thousands of data points to deliver highly accurate property valuations.',
      'Reusable Water Bottle: This is the number one essential for any traveller who cares about plastic.',
      'Hyper-Efficiency: By automating repetitive tasks like scheduling, AI frees up professionals for client work.',
      'Deep Personalization: AI can track user behavior to provide hyper-personalized property recommendations for buyers.',
    ]);
    const [candidate] = listCandidates(items, () => 0.8);
    expect(candidate.correct).to.equal('Hyper-Efficiency');
    // "Deep Personalization" shares its words with its description; as a distractor it stays.
    expect(candidate.distractors).to.include('Unmatched Accuracy');
  });

  it('asks nothing of two items, numbered steps or a run of notes', () => {
    expect(
      listCandidates(sentencesOf(['Speed: The new chip runs twice as fast as the old one in every test we ran.', 'Battery: The battery lasts a full day of heavy use on a single charge, the firm says.']), () => 0.8)
    ).to.deep.equal([]);
    const steps = sentencesOf([
      'Step 1: Open the settings page and choose the privacy tab at the top.',
      'Step 2: Turn off the history switch and confirm the change when asked.',
      'Step 3: Restart the app so that the new setting takes effect for every account.',
    ]);
    expect(listCandidates(steps, () => 0.8)).to.deep.equal([]);
  });
});
