import {expect} from '@open-wc/testing';
import {listCandidates} from '../../src/quiz/asking/list-questions.js';
import {draftCandidates} from '../../src/quiz/generate.js';

const GUIDE = [
  'AI mental wellness apps: a guide',
  '',
  'Chatbots now offer support between therapy sessions, and millions of people use them every week.',
  '',
  'These applications provide conversational support, often employing techniques from therapy:',
  '',
  '- **Woebot:** One of the pioneers, it uses CBT principles to help users manage anxiety and low mood through text conversations.',
  '- **Wysa:** This chatbot offers empathetic conversations, breathing exercises and access to human coaches if desired.',
  '- **Youper:** This app helps you understand your emotions, track your mood and receive guidance based on several therapies.',
  '- **Replika:** A companion chatbot that remembers past conversations and adapts its personality to each user over time.',
  '',
  'None of them replaces a therapist, and each stores what users write on its own servers.',
].join('\n');
const LABELS = ['Woebot', 'Wysa', 'Youper', 'Replika'];

const sentencesOf = (lines: string[]) => lines.map((text, index) => ({text, paragraph: index}));

describe('which item of a labelled list says this', () => {
  it('asks with the list’s other labels as choices, one question per list, under the list’s own heading', () => {
    const candidates = listCandidates(
      GUIDE.split('\n')
        .filter((line) => line && !line.startsWith('AI mental'))
        .map((text, paragraph) => ({text: text.replace(/^- \*\*(.+?):\*\*/, '$1:'), paragraph})),
      () => 0.8
    );
    expect(candidates).to.have.length(1);
    const [question] = candidates;
    expect(question.prompt).to.match(/^Under “These applications provide conversational support, often employing techniques from therapy”, which item of the article’s list says: “/);
    expect(LABELS).to.include(question.correct);
    for (const distractor of question.distractors) expect(LABELS).to.include(distractor);
    expect(question.distractors).to.not.include(question.correct);
  });

  it('reads the list from markdown as the article gives it', () => {
    const drafted = draftCandidates(GUIDE, {count: 8}).candidates.filter((c) => c.prompt.includes('item of the article’s list'));
    expect(drafted).to.have.length(1);
    expect(drafted[0].evidence).to.match(/^(Woebot|Wysa|Youper|Replika): /);
  });

  it('skips an item whose description uses its own label’s words, or says nothing without it', () => {
    const items = sentencesOf([
      'The apps compared:',
      'Monarch Money: Money apps like this one can analyze thousands of accounts to deliver accurate budgets.',
      'Cleo: This is the number one choice for any student who wants a chatbot to talk about spending.',
      'Copilot: By sorting every purchase into categories, the app shows where a salary goes each month.',
      'Rocket: The service finds subscriptions you forgot and cancels them for you with one tap.',
    ]);
    const [candidate] = listCandidates(items, () => 0.8);
    // "Monarch Money" shares "money" with its description; "Cleo" says nothing without its label.
    expect(['Copilot', 'Rocket']).to.include(candidate.correct);
  });

  it('asks nothing of a list labelled with everyday words, which a reader matches by meaning', () => {
    const items = sentencesOf([
      'Tourism harms the places people love, and waste and crowding grow every summer season.',
      'The main problems are these:',
      'Resource Depletion: Popular destinations often face immense pressure on their local water supplies and energy grids.',
      'Plastic Pollution: Single-use bottles and bags pile up on beaches faster than towns can collect them.',
      'Overcrowding: Narrow streets fill beyond what residents can bear during the summer season.',
      'Local resource planning and plastic bans help, but crowding is the hardest of them to fix.',
    ]);
    expect(listCandidates(items, () => 0.8)).to.deep.equal([]);
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
