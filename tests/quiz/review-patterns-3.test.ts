import {expect} from '@open-wc/testing';
import {draftCandidates} from '../../src/quiz/generate.js';
import {checkCandidate, normalize} from '../../src/quiz/choosing/checks.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {sameCamp, sameSideInStory, homeSides} from '../../src/quiz/understanding/affiliations.js';
import {withoutNamedElsewhere} from '../../src/quiz/choosing/select.js';
import type {Candidate} from '../../src/quiz/asking/candidate.js';
import {passingAnswers} from './invariants.js';

// Rules drawn from a labelling round on the spent measuring sets (label1); each case failed before its rule.

const WALES = [
  'Wales win in Rome',
  '',
  'Wales coach Mike Ruddock named an unchanged side for the Six Nations game against Italy in Rome on Saturday.',
  'Wales centre Tom Shanklin scored twice and Wales fly-half Stephen Jones kicked four conversions.',
  'Wales wing Shane Williams danced past Italy flanker Aaron Persico and Italy centre Marco Masi to set up the first try.',
  'Luca Orquera did reply with one for Italy but Shanklin and Jones sealed victory.',
  'Ruddock said Gavin Henson had been the best player on the pitch, and Jones agreed.',
  'Tom Shanklin will start in the centre again when Wales play France in Cardiff in two weeks.',
].join('\n');

const choicesFor = (text: string, key: string) =>
  draftCandidates(text, {count: 30})
    .candidates.filter((c) => c.correct === key)
    .map((c) => c.distractors);

describe('people of one side and one line of work', () => {
  it('reads sides from "Italy flanker Aaron Persico", "for Italy" and lines of work from role words', () => {
    const analysis = analyze(WALES.split('\n').filter(Boolean));
    const persico = analysis.entities.get('Aaron Persico')!;
    const orquera = analysis.entities.get('Luca Orquera')!;
    const ruddock = analysis.entities.get('Mike Ruddock')!;
    expect([...(persico.sides ?? [])]).to.deep.equal(['place:Italy']);
    expect([...(orquera.sides ?? [])]).to.deep.equal(['place:Italy']);
    // "for Wales and fly-half Stephen Jones" would not have put Jones on Wales's side: "and" starts a phrase.
    expect(analyze(['Shanklin scored for Wales and fly-half Stephen Jones kicked well.']).entities.get('Stephen Jones')?.sides).to.equal(undefined);
    expect([...(ruddock.lines ?? [])]).to.deep.equal(['staff']);
    expect([...(persico.lines ?? [])]).to.deep.equal(['player']);
  });

  it('never offers a coach for a player or a player for a coach', () => {
    const analysis = analyze(WALES.split('\n').filter(Boolean));
    const [ruddock, shanklin, jones] = ['Mike Ruddock', 'Tom Shanklin', 'Stephen Jones'].map((key) => analysis.entities.get(key)!);
    expect(sameCamp(shanklin, ruddock)).to.equal(false);
    expect(sameCamp(ruddock, jones)).to.equal(false);
    expect(sameCamp(shanklin, jones)).to.equal(true);
    for (const distractors of choicesFor(WALES, 'Tom Shanklin')) expect(distractors).to.not.include('Mike Ruddock');
  });

  it('in a story told from one side, reads the people it gives no side as that side’s', () => {
    const analysis = analyze(WALES.split('\n').filter(Boolean));
    const home = homeSides(analysis.entities, ['Wales']);
    expect([...(home ?? [])]).to.deep.equal(['place:Wales']);
    const [persico, henson, masi] = ['Aaron Persico', 'Gavin Henson', 'Marco Masi'].map((key) => analysis.entities.get(key)!);
    expect(henson.sides, 'the article gives Henson no side').to.equal(undefined);
    expect(sameSideInStory(persico, henson, home)).to.equal(false);
    expect(sameSideInStory(persico, masi, home)).to.equal(true);
    for (const distractors of choicesFor(WALES, 'Aaron Persico')) for (const welsh of ['Gavin Henson', 'Stephen Jones', 'Tom Shanklin']) expect(distractors).to.not.include(welsh);
  });
});

describe('questions that give each other away', () => {
  const candidate = (prompt: string, correct: string, distractors: string[], person = true): Candidate => ({
    kind: 'fact',
    prompt,
    correct,
    distractors,
    evidence: prompt,
    explanation: '',
    order: 0,
    answerKey: correct,
    promptKeys: [],
    person,
  });

  it('drops a stand-in that another question’s stem names ("soul singer Joss Stone" is no playwright)', () => {
    const playwright = candidate('Ms Craymer developed Mamma Mia! with playwright ___ and members of Abba.', 'Catherine Johnson', ['Joss Stone', 'Charlotte Church', 'Will Young']);
    const singer = candidate('Teenage soul singer Joss Stone is a new entry with ___.', '£5m', ['£4m', '£6m', '£7m'], false);
    expect(withoutNamedElsewhere(playwright, [playwright, singer]).distractors).to.deep.equal(['Charlotte Church', 'Will Young']);
    // Figures recur across stems and stay.
    const figure = {...singer, figure: true, prompt: 'The list has ___ new entries.', correct: '12', distractors: ['5', '£6m', '8']};
    expect(withoutNamedElsewhere(figure, [figure, singer]).distractors).to.deep.equal(['5', '£6m', '8']);
    // So do teams and places: "the Premier League" in another stem tells nothing of La Liga.
    const league = candidate('The ___ season is heating up.', 'La Liga', ['Premier League', 'Serie A', 'Bundesliga'], false);
    const goals = candidate('Barcelona have scored ___ goals, more than any side in the Premier League.', '52', ['48', '56', '60'], false);
    expect(withoutNamedElsewhere(league, [league, goals]).distractors).to.have.length(3);
  });
});

describe('figures that are not the story', () => {
  it('asks no age between commas after a role ("The veteran film-maker, 68, won ...")', () => {
    const text = 'Berlin honours Korean director\n\nThe veteran film-maker, 68, won the best director prize at the Cannes Film Festival in 2002. Im Kwon-Taek has made more than 100 films in a 40-year career. He was given an honorary Golden Bear on Thursday.';
    expect(passingAnswers(text)).to.not.include('68');
  });

  it('asks no one set of a scoreline ("beat Nadia Petrova ___ 6-2")', () => {
    const text = 'Molik into last 16\n\nAlicia Molik equalled her best performance at a Grand Slam event when she beat unseeded Russian Nadia Petrova 6-3 6-2 to reach the fourth round. Molik will face Lindsay Davenport next, after Davenport won 6-2 6-4 against Nicole Vaidisova. Molik said she was delighted to be through.';
    expect(passingAnswers(text)).to.not.include('6-3');
    expect(passingAnswers(text)).to.not.include('6-2');
  });

  it('asks neither the hour of a meeting nor how long ago something was', () => {
    const text = [
      'Fiat and GM meet over put option',
      '',
      'The meeting between Fiat boss Sergio Marchionne and GM chief Rick Wagoner is due to take place at 1330 GMT in Zurich on Sunday.',
      'Fiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own.',
      'Bell was among the scorers when England A beat France A 30-20 nine days ago in Bath.',
      "GM bought 20% of Fiat's auto division in 2000 for $2.4bn, and Fiat has the right to sell it the rest from next month.",
    ].join('\n');
    const answers = passingAnswers(text);
    expect(answers).to.not.include('1330');
    expect(answers).to.not.include('nine');
    expect(answers, 'the deal’s own figures are asked').to.include('20%');
  });
});

describe('companies and places a lexicon knows', () => {
  const text = [
    'Hitachi and Matsushita to share TV technology',
    '',
    'Consumer electronics giants Hitachi and Matsushita are joining forces to develop technology for flat screen televisions.',
    'Hitachi recently announced a deal to buy plasma display technology from rival Fujitsu.',
    'The deal will enable Hitachi and Matsushita, which makes Panasonic brand products, to develop new technology faster.',
    'Samsung and Sony are among other companies working together to reduce costs, while Sharp will take over the LCD business of Fujitsu.',
  ].join('\n');

  it('asks about well-known companies with other companies as stand-ins', () => {
    const answers = passingAnswers(text);
    expect(answers.some((answer) => ['Hitachi', 'Fujitsu', 'Matsushita'].includes(answer)), answers.join(' | ')).to.be.true;
    const article = ` ${normalize(text)} `;
    for (const raw of draftCandidates(text, {count: 30}).candidates.filter((c) => c.correct === 'Fujitsu')) {
      const distractors = checkCandidate(raw, article)?.distractors ?? [];
      for (const distractor of distractors) expect(['Hitachi', 'Matsushita', 'Panasonic', 'Sony', 'Samsung', 'Sharp']).to.include(distractor);
      // One company under two names is one choice.
      expect(distractors.includes('Matsushita') && distractors.includes('Panasonic')).to.be.false;
    }
  });

  it('never offers a company’s other name ("Panasonic" for "Matsushita")', () => {
    for (const candidate of draftCandidates(text, {count: 30}).candidates.filter((c) => /Hitachi|Matsushita/.test(c.correct))) expect(candidate.distractors).to.not.include('Panasonic');
  });

  it('knows the world’s countries and big cities, listed by region', () => {
    const analysis = analyze(['Aid workers flew from Nairobi to Kigali and then on to Rwanda and Uganda, the UN said.']);
    expect(analysis.entities.get('Nairobi')?.type).to.equal('place');
    expect(analysis.entities.get('Rwanda')?.type).to.equal('place');
    expect(analysis.entities.get('Uganda')?.type).to.equal('place');
  });
});
