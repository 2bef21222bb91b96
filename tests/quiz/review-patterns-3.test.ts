import {expect} from '@open-wc/testing';
import {draftCandidates} from '../../src/quiz/generate.js';
import {checkCandidate, normalize} from '../../src/quiz/choosing/checks.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {lineOfWork, sameCamp, sameSideInStory, homeSides} from '../../src/quiz/understanding/affiliations.js';
import {selectQuestions, withoutNamedElsewhere} from '../../src/quiz/choosing/select.js';
import {resolvePronouns} from '../../src/quiz/understanding/coreference.js';
import {kindCertainty, kindOf} from '../../src/quiz/understanding/kinds.js';
import {createRandom} from '../../src/quiz/random.js';
import type {Candidate} from '../../src/quiz/asking/candidate.js';
import type {Entity} from '../../src/quiz/understanding/mentions.js';
import {contextFor, passingAnswers, sureFact} from './invariants.js';
import {numberStandIns} from '../../src/quiz/asking/figure-stand-ins.js';
import {conciseAnswer} from '../../src/quiz/asking/faq-questions.js';
import {confidenceOf} from '../../src/quiz/choosing/confidence.js';

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
    // A figure no other stem states stays (see article-figures.test.ts for one that does).
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
    const text =
      'Berlin honours Korean director\n\nThe veteran film-maker, 68, won the best director prize at the Cannes Film Festival in 2002. Im Kwon-Taek has made more than 100 films in a 40-year career. He was given an honorary Golden Bear on Thursday.';
    expect(passingAnswers(text)).to.not.include('68');
  });

  it('asks no one set of a scoreline ("beat Nadia Petrova ___ 6-2")', () => {
    const text =
      'Molik into last 16\n\nAlicia Molik equalled her best performance at a Grand Slam event when she beat unseeded Russian Nadia Petrova 6-3 6-2 to reach the fourth round. Molik will face Lindsay Davenport next, after Davenport won 6-2 6-4 against Nicole Vaidisova. Molik said she was delighted to be through.';
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

  it('offers well-known companies other companies as stand-ins, and never asks them', () => {
    const article = ` ${normalize(text)} `;
    // (Checked first: a stand-in of unknown kind, "Sharp", is dropped. Organisations are never asked, since
    // blind reviewers passed 9 of 42 names other than people's, but their stand-ins still show the typing.)
    const checked = draftCandidates(text, {count: 30}).candidates.map((c) => checkCandidate(c, article));
    expect(checked.some((c) => c && ['Hitachi', 'Fujitsu', 'Matsushita'].includes(c.correct))).to.be.true;
    for (const c of checked) if (c && ['Hitachi', 'Fujitsu', 'Matsushita'].includes(c.correct)) expect(confidenceOf(c), c.prompt).to.equal(0);
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

describe('the fourth tuning set’s patterns (label2)', () => {
  it('reads a name the article puts "the" before as a thing, never a sure person ("won the Golden Globe")', () => {
    // (A prize of no listed kind: "Golden Globe" itself is now an award by name, whatever its "the".)
    const globe: Entity = {key: 'Golden Harp', type: 'person', sentences: [0, 1], the: 1, group: -1, sure: true, words: ['golden', 'harp']};
    expect(kindCertainty({...globe, the: 0}), 'without "the"').to.be.at.least(0.6);
    expect(kindCertainty(globe)).to.be.below(0.6);
  });

  it('gives the blank a woman’s or a man’s choices by the role its clause names ("its star ___ was best actress")', () => {
    const text = [
      'Eastwood film takes two Globes',
      '',
      'Hollywood veteran Clint Eastwood took the best director prize while his star Hilary Swank was best actress for the second time.',
      'Leonardo DiCaprio won best actor for The Aviator, and Jamie Foxx won for Ray, the organisers said.',
      'Natalie Portman and Annette Bening were also honoured at the ceremony in Beverly Hills, which 20 million people watched.',
    ].join('\n');
    const swank = draftCandidates(text, {count: 30}).candidates.find((c) => c.correct === 'Hilary Swank');
    for (const distractor of swank?.distractors ?? []) expect(['Natalie Portman', 'Annette Bening']).to.include(distractor);
  });

  it('names the person a subject pronoun means after a short opener ("Within three days he ...")', () => {
    const text = [
      'Costin aims for comeback',
      '',
      'Jamie Costin was hurt in a car crash in Athens nine days before the Olympic 50km walk.',
      'Within three days he was flying back to Ireland by air ambulance, the Irish team said.',
      'Costin has since trained in Poland, where he has daily cryotherapy, and he hopes to race again in 2006.',
    ].join('\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(
      prompts.some((p) => /^Within (?:three|___) days Costin was flying/.test(p)),
      prompts.join('\n')
    ).to.be.true;
  });

  it('asks no model number ("iPhone ___ Pro", "iOS ___") and no player’s country ("Patty Schnyder from ___")', () => {
    const phones =
      'Apple Intelligence runs only on the iPhone 15 Pro and later models, and it needs iOS 18 to work. Apple said 40 million people had installed the update in its first week, more than any update since 2019.';
    const answers = passingAnswers(`Apple Intelligence arrives\n\n${phones}`);
    expect(answers).to.not.include('15');
    expect(answers).to.not.include('18');
    const tennis =
      'Myskina into quarter-finals\n\nAnastasia Myskina beat Amelie Mauresmo 6-4 6-2 in Paris on Tuesday. Myskina will face eighth seed Patty Schnyder from Switzerland in the semi-finals on Thursday, after Schnyder won in three sets.';
    expect(passingAnswers(tennis)).to.not.include('Switzerland');
  });

  it('never asks for a country another question’s stem places one of its cities in', () => {
    const sentences = [
      'Pakistan President Pervez Musharraf has said the UK is a key ally during a visit to Britain lasting 11 days.',
      'He met members of the Pakistani community in Manchester on Saturday, where 3,000 people gathered to hear him.',
      'Musharraf will also hold talks with business leaders about investment worth £500m, officials said.',
    ];
    const fact = (order: number, prompt: string, correct: string, distractors: string[], answerKey: string, promptKeys: string[]) =>
      sureFact(order, prompt, correct, distractors, {answerKey, promptKeys, evidence: sentences[order]});
    const facts = [
      fact(0, 'Pakistan President Pervez Musharraf has said the UK is a key ally during a visit to ___ lasting 11 days.', 'Britain', ['France', 'Germany', 'Spain'], 'Britain', ['Pakistan', 'Pervez Musharraf']),
      fact(1, 'He met members of the Pakistani community in Manchester on Saturday, where ___ people gathered to hear him.', '3,000', ['2,000', '4,000', '5,000'], '3,000', ['Pakistan', 'Manchester']),
      fact(2, 'Musharraf will also hold talks with business leaders about investment worth ___, officials said.', '£500m', ['£400m', '£600m', '£700m'], '£500m', ['Pervez Musharraf']),
      fact(0, 'Pakistan President Pervez Musharraf has said the UK is a key ally during a visit to Britain lasting ___ days.', '11', ['9', '13', '15'], '11', ['Pakistan', 'Pervez Musharraf', 'Britain']),
    ];
    const quiz = selectQuestions([], facts, 8, normalize(sentences.join(' ')), createRandom(1));
    const asksBritain = quiz.some((q) => q.choices.find((c) => c.id === q.answer)?.text === 'Britain');
    const namesManchester = quiz.some((q) => q.prompt.includes('Manchester'));
    expect(quiz.length, 'a quiz is chosen').to.be.at.least(3);
    expect(asksBritain && namesManchester).to.be.false;
  });
});

describe('what the engine missed on news it could ask (coverage)', () => {
  it('reads "US" as a country, not the pronoun "us": the sentence stays askable', () => {
    const text =
      'Music players boom\n\nDigital music players are now the gadget of choice among young Americans, a study found. One in 10 US adults - 22 million people - now owns a digital music player of some sort, the study said. Sales of downloaded songs rose tenfold in 2004, with 200 million tracks bought online in the US and Europe.';
    const answers = passingAnswers(text);
    expect(
      answers.some((a) => ['22 million', '200 million'].includes(a)),
      answers.join(' | ')
    ).to.be.true;
  });

  it('asks a measure glued to its unit ("can hold 6GB compared to a previous 4GB")', () => {
    const text =
      'Apple iPod family expands market\n\nApple has expanded its iPod family with the release of its next generation of digital music players. The new iPod mini model can hold 6GB compared to a previous 4GB, the company said on Tuesday. A 30GB version has also been added to the iPod Photo family.';
    const answers = passingAnswers(text);
    expect(
      answers.some((a) => a === '6GB' || a === '30GB'),
      answers.join(' | ')
    ).to.be.true;
  });

  it('counts things named a word or two on ("to win three Grand Slams in a year")', () => {
    const text =
      'Federer joins all-time greats\n\nRoger Federer became the first man since Mats Wilander in 1988 to win three Grand Slams in a year, after victories in Melbourne, London and New York. The Swiss finished the season with 11 titles and lost only six of his 80 matches.';
    expect(passingAnswers(text)).to.include('three');
  });
});

describe('the labelled tuning sets’ patterns (label3)', () => {
  it('asks no place as an answer: geography rules its stand-ins out', () => {
    const text =
      'Musharraf in talks\n\nPakistan President Pervez Musharraf met business leaders during a visit to Britain lasting 11 days, officials said. The chancellor is leaving Britain on a high-profile tour of Tanzania, Kenya and Mozambique next week. Talks covered investment worth £500m and 3,000 new jobs.';
    const answers = passingAnswers(text);
    for (const place of ['Britain', 'Tanzania', 'Kenya', 'Mozambique', 'Pakistan']) expect(answers).to.not.include(place);
  });

  it('asks no person after "in" or "at" ("a new 60,000-seat stadium in ___"), nor "two" or "___ thirds"', () => {
    const text = [
      'Liverpool chief sets out plans',
      '',
      'Rick Parry has to deliver a new 60,000-seat stadium in Stanley Park by 2008, the club said on Monday.',
      'Steve Morgan is still ready to invest £70m in Liverpool, and Steven Gerrard will have the final say on his future.',
      'Japan is the least fertile nation, with birth rates of just two thirds of that in the US, while having two pilots lifts the safety margin.',
    ].join('\n');
    const answers = passingAnswers(text);
    expect(answers).to.not.include('Stanley Park');
    expect(answers).to.not.include('two');
  });

  it('asks no standing rule or definition ("commonly defined as ___", "his target ... spending ___")', () => {
    const text =
      'Japan slips into recession\n\nA recession is commonly defined as three consecutive quarters of negative growth, the report said. Mr Brown wants other G8 nations to match his target for overseas aid - spending 0.7% of national income by 2013. Japan’s economy shrank 0.1% in the three months to September, after a 0.2% fall before.';
    const answers = passingAnswers(text);
    expect(answers).to.not.include('three');
    expect(answers).to.not.include('0.7%');
  });

  it('offers no one the stem calls by their title ("The chancellor said Mr ___ ...")', () => {
    const text = [
      'Brown denies fiddling figures',
      '',
      'Chancellor Gordon Brown has rejected claims that he changed the rules on public investment.',
      'Shadow chancellor Michael Fallon said the figures had been fiddled, and Kenneth Clarke agreed with him.',
      'The chancellor said Mr Fallon was "impugning the integrity" of the Office of National Statistics, which reclassified £3.4bn of spending.',
      'Mr Clarke said the change was "a scandal", and Vince Cable called for an inquiry into the £3.4bn.',
    ].join('\n');
    const fallon = draftCandidates(text, {count: 30}).candidates.filter((c) => c.correct === 'Fallon' || c.correct === 'Michael Fallon');
    for (const candidate of fallon)
      expect(
        candidate.distractors.some((d) => /Brown/.test(d)),
        candidate.prompt
      ).to.be.false;
  });

  it('points "He" back only at a sentence’s subject, and "Its" at the organisation before', () => {
    const analysis = analyze([
      'Tony Blair felt he had lost voters’ trust, the book claims.',
      'According to Mr Peston the prime minister said he would stand down.',
      'He then changed his mind in June 2004.',
      'Apple has expanded its iPod family with a new generation of players.',
      'Its latest models can hold 6GB, compared with 4GB before.',
    ]);
    expect(resolvePronouns(analysis, 2, 'He then changed his mind in ___.', 'x')).to.equal('He then changed his mind in ___.');
    expect(resolvePronouns(analysis, 4, 'Its latest models can hold ___, compared with 4GB before.', 'x')).to.equal("Apple's latest models can hold ___, compared with 4GB before.");
  });

  it('drops a stem with leftover markdown emphasis, and a bullet fragment after its label', () => {
    const candidate: Candidate = {
      kind: 'fact',
      prompt: 'Dylan and Hanson did their best *___ impersonation and wiped out all threats.',
      correct: 'John McClane',
      distractors: ['Bruce Wayne', 'James Bond'],
      evidence: 'Dylan and Hanson did their best *John McClane impersonation and wiped out all threats.',
      explanation: '',
      order: 0,
      answerKey: 'John McClane',
      promptKeys: [],
    };
    const article = ` ${normalize(candidate.evidence + ' Bruce Wayne and James Bond were there too.')} `;
    expect(checkCandidate(candidate, article)).to.equal(undefined);
    expect(checkCandidate({...candidate, prompt: candidate.prompt.replace('*', ''), evidence: candidate.evidence.replace('*', '')}, article.replace('*', '')), 'without the marker').to.not.equal(undefined);
    const bullets =
      'Tiempos de viaje\n\nCaballería: 10 horas 40 minutos para un ciclo completo.\n\nLa infantería tarda 24 horas en recorrer la misma distancia de 20 casillas en el mapa del juego, según el autor del artículo.';
    expect(passingAnswers(bullets)).to.not.include('10');
  });

  it('never pairs two "who" questions whose stand-ins are the same and whose keys are new to each other', () => {
    const fact = (order: number, correct: string, distractors: string[]) => sureFact(order, `Question ${order} names ___ here.`, correct, distractors, {person: true});
    const facts = [
      fact(0, 'Oliver Letwin', ['Simon Sweetman', 'Evan Davis', 'Peter Mandelson']),
      fact(1, 'Vincent Cable', ['Simon Sweetman', 'Evan Davis', 'Peter Mandelson']),
      fact(2, 'Gordon Brown', ['Tony Blair', 'John Prescott']),
      fact(3, 'Charles Kennedy', ['Michael Howard', 'Tony Blair']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' ') + ' Simon Sweetman, Evan Davis, Peter Mandelson, Tony Blair, John Prescott and Michael Howard spoke.');
    const quiz = selectQuestions([], facts, 8, article, createRandom(1));
    const keys = quiz.map((q) => q.choices.find((c) => c.id === q.answer)!.text);
    expect(keys.includes('Oliver Letwin') && keys.includes('Vincent Cable')).to.be.false;
  });
});

describe('the importance-floor trial’s patterns (label4)', () => {
  it('reads "My" as first person and "Again," as a connective: no "My previous ___ years" stem', () => {
    const text =
      'Q&A with an air ambulance founder\n\nAnthony Marinello founded Tropic Air Rescue in Nassau in 2019 to fly patients between the islands. My previous 35 years of experience with helicopters made the decision easy, he said in the interview. Again, most operations in the country, around 97%, are done with single engine aircraft.';
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.some((p) => /^My previous/.test(p))).to.be.false;
    expect(prompts.some((p) => /^Again,/.test(p))).to.be.false;
  });

  it('never takes kin words for the blank’s gender ("___, whose first husband was killed, ... she would vote")', () => {
    const text = [
      'Labour rebels on terror law',
      '',
      'Barbara Follett, whose first husband was killed under house arrest in South Africa, confirmed she would vote against the government.',
      'Tony Blair and Charles Clarke defended the changes, while Charles Kennedy and Diane Abbott said they would oppose them.',
      'Some 32 Labour MPs voted against the legislation last week, and Clare Short said she would join them.',
    ].join('\n');
    const follett = draftCandidates(text, {count: 30}).candidates.find((c) => c.correct === 'Barbara Follett');
    for (const distractor of follett?.distractors ?? []) expect(['Diane Abbott', 'Clare Short']).to.include(distractor);
  });

  it('keeps kin named by a first name apart from another person of that name ("his son Nick")', () => {
    const analysis = analyze(['Nick Vaughan, a 20-year-old politics student, asked the first question.', 'Mr Howard was introduced by his son Nick, a trainee vicar.']);
    const second = analysis.mentions[1].find((m) => m.text === 'Nick');
    expect(second?.key).to.not.equal('Nick Vaughan');
  });
});

describe('opponents, places and plural roles (label4)', () => {
  it('gives an opponent the named side’s sex over pronoun votes ("Federer’s performance against ___")', () => {
    const text = [
      'Federer joins all-time greats',
      '',
      'Andy Roddick was the only player to put up any real resistance at Wimbledon, and Roger Federer’s performance against Andre Agassi in the US Open final was breathtaking.',
      'Federer won three Grand Slams, while Tim Henman and Rafael Nadal were named in the ATP team of the year.',
      // (A stray pronoun gives Agassi the wrong sex, as a scraped article once did.)
      'Andre Agassi reached the final, and her form delighted the home fans.',
      'Maria Sharapova said her Wimbledon title was the best moment of her life.',
      'Svetlana Kuznetsova won the US Open and Anastasia Myskina the French Open, a first for Russian women.',
    ].join('\n');
    const agassi = draftCandidates(text, {count: 30}).candidates.find((c) => c.correct === 'Andre Agassi' && c.prompt.includes('against ___'));
    expect(agassi, 'the opponent is asked').to.exist;
    for (const distractor of agassi!.distractors) expect(['Maria Sharapova', 'Svetlana Kuznetsova', 'Anastasia Myskina']).to.not.include(distractor);
  });

  it('reads "Stanley Park" as a place, and plural roles as lines of work ("footballers ___ and Ole Gunnar Solskjaer")', () => {
    expect(analyze(['Rick Parry has to deliver a new stadium in Stanley Park by 2008.']).entities.get('Stanley Park')?.type).to.equal('place');
    expect(lineOfWork('footballers')).to.equal('player');
    expect(lineOfWork('tycoons')).to.equal('business');
    expect(lineOfWork('shareholders')).to.equal('business');
  });
});

describe('the sixth measuring set’s patterns (m15, read after its review)', () => {
  const faqArticle = (question: string, answer: string, body: string) => ['Apple Intelligence explained', '', body, '', '## Frequently Asked Questions', '', `### ${question}`, answer].join('\n');
  const faqChoices = (text: string, question: string) => draftCandidates(text, {count: 30}).candidates.find((c) => c.kind === 'faq' && c.prompt === question);

  it('swaps no product or version in an FAQ answer ("iOS 18" → "ChatGPT 18", "iOS 16")', () => {
    const body =
      'Apple Intelligence runs on iOS 18, iPadOS 18 and macOS Sequoia, and Siri can hand requests to ChatGPT. Apple said 40 million people tried it in the first week, and Tim Cook called it a new chapter for the company in Cupertino.';
    const faq = faqChoices(faqArticle('What is Apple Intelligence?', 'The generative AI system integrated across iOS 18, iPadOS 18, and macOS Sequoia.', body), 'What is Apple Intelligence?');
    for (const choice of faq?.distractors ?? []) expect(choice).to.not.match(/ChatGPT 18|iOS 1[0-7]\b|iOS 2\d/);
  });

  it('swaps no figure the FAQ question states ("What is a 128K context window?")', () => {
    const body = 'Llama 3.1 comes in 8B, 70B and 405B sizes, and its context window grew from 8,000 tokens to 128,000 tokens. Meta released it on July 23, with 15 trillion tokens of training data.';
    const faq = faqChoices(
      faqArticle('What is a 128K context window and why is it important?', 'It lets the model read up to 128,000 tokens at once, about 300 pages of text.', body),
      'What is a 128K context window and why is it important?'
    );
    for (const choice of faq?.distractors ?? []) expect(choice).to.include('128,000');
  });

  it('turns no praise to blame in an FAQ answer ("improved" → "weakened efficiency")', () => {
    const body = 'Smart cities use AI to manage traffic, energy and waste, and Singapore’s Smart Nation plan started in 2014. Barcelona cut water use by 25% with smart sensors, the city said.';
    const faq = faqChoices(
      faqArticle('What are the benefits of smart city technologies?', 'The primary benefits include enhanced sustainability, improved efficiency, and a better quality of life for citizens.', body),
      'What are the benefits of smart city technologies?'
    );
    for (const choice of faq?.distractors ?? []) expect(choice).to.not.match(/weakened|worse quality/);
  });

  it('passes a company’s kind only to organisations listed with it, and asks no title of unknown kind', () => {
    const sentences = [
      'The features work in apps such as Mail, Notes, Messages, Freeform and Microsoft.',
      'While Google and Microsoft focused on cloud models, Apple was quiet.',
      'Apple has partnered with OpenAI to integrate Siri and ChatGPT.',
    ];
    const analysis = analyze(sentences);
    expect(analysis.entities.get('Microsoft')?.group, 'listed together').to.equal(analysis.entities.get('Mail')?.group);
    expect(kindOf(analysis.entities.get('Mail')!, analysis).kind).to.not.match(/^company:/);
    expect(analysis.entities.get('ChatGPT')?.type).to.equal('work');
    expect(passingAnswers(`Apple teams up with OpenAI\n\n${sentences.join(' ')} Apple said 40 million users would get them in the first week.`)).to.not.include('ChatGPT');
  });

  it('asks no year a later year in the stem orders, and no end of a reporting period', () => {
    const text = [
      'Netcompany joins OTCQX',
      '',
      'Although there was a temporary softness in Denmark’s private sector in 2022, both sectors are showing signs of rebound in 2024, Johansen said.',
      'British Airways made a pre-tax profit of £75m in the three months ended 31 December 2004, and its full year results to March 2005 are due in May.',
      'About 10% of Netcompany’s shares are held by US investors, and revenue rose 17% to DKK 6.1bn in 2021.',
    ].join('\n');
    const answers = passingAnswers(text);
    expect(answers).to.not.include('2022');
    expect(answers).to.not.include('31 December 2004');
    expect(answers).to.not.include('March 2005');
  });

  it('never asks a change that another stem’s two figures give ("a ___ drop" beside "£75m compared with £125m")', () => {
    const fact = (order: number, prompt: string, correct: string, distractors: string[]) => sureFact(order, prompt, correct, distractors, {figure: true});
    const facts = [
      fact(0, 'British Airways has blamed high fuel prices for a ___ drop in profits.', '40%', ['30%', '35%', '45%']),
      fact(1, 'In the three months to December the airline made a pre-tax profit of £75m compared with £125m a year earlier, and ___ passengers flew.', '8.1 million', ['7.1 million', '9.1 million', '6.1 million']),
      fact(2, 'Turnover for the quarter was up ___ to £1.97bn.', '4.3%', ['3.3%', '5.3%', '3.8%']),
      fact(3, 'BA expects annual surcharge revenues of ___.', '£160m', ['£120m', '£140m', '£180m']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' ') + ' 30% 35% 45% 7.1 million 9.1 million 6.1 million 3.3% 5.3% 3.8% £120m £140m £180m');
    const quiz = selectQuestions([], facts, 8, article, createRandom(1));
    const prompts = quiz.map((q) => q.prompt);
    expect(quiz.length, 'a quiz is chosen').to.be.at.least(3);
    expect(prompts.some((p) => p.includes('drop in profits')) && prompts.some((p) => p.includes('compared with £125m'))).to.be.false;
  });
});

describe('short names of clubs (m15)', () => {
  it('reads "Real" beside Real Sociedad as no alias and asks no such short name', () => {
    const text = [
      'Bomb threat at Bernabeu stadium',
      '',
      'Spectators were evacuated from Real Madrid’s Bernabeu stadium on Sunday following a bomb scare during the game against Real Sociedad.',
      'More than 70,000 people left the ground with the score at 1-1 and only three minutes left to play.',
      'Real took the lead just before the break when Brazilian striker Ronaldo cracked home with his left foot.',
      'Sociedad levelled the match midway through the second half when Turkish striker Nihat Kahveci smashed home.',
    ].join('\n');
    const analysis = analyze(text.split('\n').slice(2));
    const real = analysis.mentions[2].find((m) => m.text === 'Real');
    expect(real?.key).to.not.equal('Real Sociedad');
    expect(passingAnswers(text)).to.not.include('Real');
    expect(passingAnswers(text)).to.not.include('Real Sociedad');
  });
});

describe('characters, officials and the side a stem names (label3)', () => {
  it('keeps a character played and a referee out of a cast or a team', () => {
    const analysis = analyze([
      'The Aviator, in which Leonardo DiCaprio plays millionaire Howard Hughes, won best film.',
      'Referee Graham Poll sent off Newcastle midfielder Lee Bowyer, and Liverpool striker Luis Garcia scored twice.',
    ]);
    const [dicaprio, hughes, poll, bowyer] = ['Leonardo DiCaprio', 'Howard Hughes', 'Graham Poll', 'Lee Bowyer'].map((key) => analysis.entities.get(key)!);
    expect([...(hughes.lines ?? [])]).to.include('character');
    expect(sameCamp(dicaprio, hughes)).to.be.false;
    expect(sameCamp(bowyer, poll)).to.be.false;
  });

  it('puts the blank on the side the stem names ("___ was inches away from giving Newcastle the lead")', () => {
    const text = [
      'Liverpool 3-1 Newcastle',
      '',
      'Liverpool striker Milan Baros scored twice as Liverpool beat Newcastle at Anfield on Sunday.',
      'Olivier Bernard was only inches away from giving Newcastle the lead after 20 minutes, when he fired just wide from a free-kick.',
      'Liverpool midfielder Steven Gerrard and Liverpool winger Luis Garcia both went close before the break.',
      'Newcastle defender Andrew O’Brien and Newcastle midfielder Jermaine Jenas were booked, and Newcastle winger Kieron Dyer limped off.',
    ].join('\n');
    const bernard = draftCandidates(text, {count: 30}).candidates.find((c) => c.correct === 'Olivier Bernard');
    for (const distractor of bernard?.distractors ?? []) expect(['Steven Gerrard', 'Luis Garcia', 'Milan Baros']).to.not.include(distractor);
  });
});

describe('first-word aliases (m16)', () => {
  it('reads "Ulster" as no alias of the Ulster Schools’ Cup', () => {
    const analysis = analyze(['Campbell College won the Ulster Schools’ Cup for the third time in March.', 'While Ulster finished runners-up in their group, Munster won the Heineken Cup.']);
    expect(analysis.mentions[1].find((m) => m.text === 'Ulster')?.key).to.not.equal('Ulster Schools’ Cup');
  });
});

describe('the seventh measuring set’s patterns (m16, read after its review)', () => {
  it('asks no complement, no year another year orders, no garbled scale, no street number', () => {
    const text = [
      'MP3 players boom in the US',
      '',
      'Of the 22 million Americans who own MP3 players, 59% are men compared to 41% of women, the survey found.',
      'Women were 18% more likely than men to enter higher education in 2004 - up from 6% in 1994, the report said.',
      'The Trafford Centre said about 8,500 thousand vehicles arrived on Saturday, and 150,000 shoppers visited.',
      'Rosso Commercial announced the sale of 2448 Holly Avenue in Annapolis, which was 50% leased at the time.',
    ].join('\n');
    const answers = passingAnswers(text);
    for (const figure of ['59%', '2004', '8,500', '2448']) expect(answers).to.not.include(figure);
  });

  it('asks no competition the lexicon does not list ("the defeat of ___ champions England")', () => {
    const text = [
      'Ireland end year on a high',
      '',
      'Ireland finished the year on a high with the 19-13 defeat of World Cup champions England at Lansdowne Road.',
      'Munster won the Celtic Cup, while Campbell College took the Ulster Schools’ Cup for the third time.',
      'Brian O’Driscoll scored twice in the win over England, and Ronan O’Gara kicked nine points.',
    ].join('\n');
    const answers = passingAnswers(text);
    for (const name of ['World Cup', 'Celtic Cup', 'Ulster Schools’ Cup']) expect(answers).to.not.include(name);
  });

  it('reads "$3.7M" in the headline as the key "$3.7 million"', () => {
    const fact = (order: number, prompt: string, correct: string, distractors: string[]) => sureFact(order, prompt, correct, distractors, {figure: true});
    const facts = [
      fact(0, 'Rosso closed the transaction for ___ on July 22, 2025.', '$3.7 million', ['$2.7 million', '$4.7 million', '$5.7 million']),
      fact(1, 'The property was approximately ___ leased at the time of sale.', '50%', ['20%', '30%', '40%']),
      fact(2, 'It offers occupancy of up to ___ square feet.', '15,000', ['10,000', '20,000', '25,000']),
      fact(3, 'The building has ___ parking spaces.', '60', ['40', '50', '70']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' ') + ' $2.7 million $4.7 million $5.7 million 20% 30% 40% 10,000 20,000 25,000 40 50 70');
    const quiz = selectQuestions([], facts, 8, article, createRandom(1), () => [], 'Rosso sells West Court in Annapolis for $3.7M');
    expect(quiz.length, 'a quiz is chosen').to.be.at.least(3);
    expect(quiz.some((q) => q.prompt.includes('closed the transaction'))).to.be.false;
  });
});

describe('first-word aliases of groups (m17)', () => {
  it('reads "Labour" as no alias of "Labour MPs"', () => {
    const analysis = analyze(['Labour MPs cheered the prime minister in the Commons on Tuesday.', 'The launch of Labour’s election manifesto was delayed by a week.']);
    expect(analysis.mentions[1].find((m) => m.text.startsWith('Labour'))?.key).to.not.equal('Labour MPs');
  });
});

describe('the eighth measuring set’s patterns (m17, read after its review)', () => {
  it('reads a group ("Labour MPs") as no person, and an editor takes only media people as stand-ins', () => {
    const analysis = analyze(['Labour MPs said Mr Blair should apologise.', 'Reviews editor Dan Jolin said the film was dull, while pop star Robbie Williams and actor Richard Gere loved it.']);
    expect(kindCertainty({...analysis.entities.get('Labour MPs')!, type: 'person'})).to.be.below(0.6);
    const [jolin, williams] = ['Dan Jolin', 'Robbie Williams'].map((key) => analysis.entities.get(key)!);
    expect(sameCamp(jolin, williams)).to.be.false;
  });

  it('asks neither a match’s 90 minutes, a race time to the second, nor a company’s head count', () => {
    const text = [
      'Frothers draw a blank',
      '',
      'Most of the 90 minutes were spent watching the ball roll to every corner of the pitch as the match ended goalless.',
      'Kenenisa Bekele won the race in Brussels, completing the course in 30.26, while the season’s first goal came from a corner.',
      'Barclays has operations in over 60 countries and employs 76,200 staff worldwide, the bank said after the match.',
      'The league said 12 teams would play in the new season, and the coach praised his goalkeeper for a fourth clean sheet.',
    ].join('\n');
    const answers = passingAnswers(text);
    for (const figure of ['90', '30.26', '76,200']) expect(answers).to.not.include(figure);
  });
});

describe('the ninth measuring set’s patterns (m18, read after its review)', () => {
  it('offers a race distance no stand-ins at all ("the ___ champion": not 70m, and since m37 not 200m either)', () => {
    const analysis = analyze(['Defending 60m champion Jason Gardener leads the team of 46 athletes to Madrid.']);
    const mention = analysis.mentions[0].find((m) => m.text === '60m')!;
    const standIns = numberStandIns(analysis, mention, contextFor(analysis, 0, mention.start, mention.end), createRandom(3));
    // (A race's distance is not asked: 6 of 15 passed m15 to m37.)
    expect(standIns).to.deep.equal([]);
    const count = analysis.mentions[0].find((m) => m.text === '46')!;
    expect(numberStandIns(analysis, count, contextFor(analysis, 0, count.start, count.end), createRandom(3)).length).to.be.at.least(3);
  });

  it('asks no year worn as a label ("Davenport, the ___ Australian Open champion")', () => {
    const text = [
      'Davenport out of Sydney',
      '',
      'Lindsay Davenport has pulled out of the Sydney International with bronchitis, organisers said.',
      'Bronchitis ruled Davenport, the 2000 Australian Open champion, out of her Sydney quarter-final on Thursday.',
      'Davenport won seven titles in 2004 and finished the year as world number one.',
      'She lost only 12 games in three matches in Sydney, and the Australian Open starts in 10 days in Melbourne.',
    ].join('\n');
    expect(passingAnswers(text)).to.not.include('2000');
  });

  it('reads an FAQ answer that opens on "And" as a fragment', () => {
    expect(conciseAnswer('When was GPT-4o released?', 'And partially released during the OpenAI Spring Update in May 2024, with a phased rollout.').fragment).to.be.true;
  });
});

describe('the tenth measuring set’s patterns (m19, read after its review)', () => {
  it('reads "___ of Spain" as the blank’s side', () => {
    const text = [
      'Davenport into Dubai final',
      '',
      'Lindsay Davenport of the U.S. will now face fellow former Wimbledon champion Carla Suarez of Spain in the final on Saturday.',
      'Earlier, Russian Elena Bovina beat Anastasia Myskina of Russia in two sets, and Maria Sharapova of Russia lost to Nuria Llagostera of Spain.',
      'Davenport has won 38 titles, and Suarez has reached 12 finals this year, the organisers said.',
    ].join('\n');
    const suarez = draftCandidates(text, {count: 30}).candidates.find((c) => c.correct === 'Carla Suarez');
    for (const distractor of suarez?.distractors ?? []) expect(['Elena Bovina', 'Anastasia Myskina', 'Maria Sharapova', 'Lindsay Davenport']).to.not.include(distractor);
  });
});

describe('the eleventh measuring set’s patterns (m20, read after its review)', () => {
  it('swaps no count an FAQ question states in digits ("What are the 3 main types?" → "three")', () => {
    const text = [
      'FIRE explained',
      '',
      'Financial independence, retire early (FIRE) is a movement of people who save 50% to 70% of their income. Most followers aim for 25 times their annual spending, according to a 2023 survey of 2,000 members.',
      '',
      '## Frequently Asked Questions',
      '',
      '### What are the 3 main types of FIRE?',
      'The three main types are Lean FIRE, Fat FIRE and Barista FIRE.',
    ].join('\n');
    const faq = draftCandidates(text, {count: 30}).candidates.find((c) => c.kind === 'faq' && c.prompt.startsWith('What are the 3 main types'));
    for (const choice of faq?.distractors ?? []) expect(choice).to.not.match(/^The (?:two|four|five|six|seven) main types/);
  });

  it('asks no figure inside a rule’s name ("the ___ Rule") and weighs the day of a passing event less', () => {
    const text =
      'Planning early retirement\n\nThe most common way to estimate this is using the 4% Rule, which assumes 30 years of withdrawals. Mr Tanzi was questioned by prosecutors in Parma on 14 January, and 18 others face charges over the 14bn-euro hole.';
    const answers = passingAnswers(text);
    expect(answers).to.not.include('4%');
    expect(answers).to.not.include('14 January');
  });
});

describe('the twelfth measuring set’s patterns (m21, read after its review)', () => {
  it('reads "Gen Z" as no person named Z', () => {
    const analysis = analyze(['Robo-advisors are popular with Gen Z investors, said Albert Einstein of the fund.']);
    const z = analysis.entities.get('Z');
    if (z) expect(kindCertainty({...z, type: 'person'})).to.be.below(0.6);
    expect(kindCertainty({key: 'Z', type: 'person', sentences: [0], the: 0, group: -1, sure: true, words: ['z']})).to.be.below(0.6);
  });

  it('leaves a list of things out of FAQ list exclusions, and says no "like only X and Y"', () => {
    const apps = [
      'Gemini in Workspace',
      '',
      'Gemini is built into Google Workspace, which 3 billion people use, the company said in 2024. Sundar Pichai, Thomas Kurian and Aparna Pappu presented it in California.',
      '',
      '## FAQ',
      '',
      '### Where does Gemini work?',
      'The AI is embedded directly into apps like Gmail, Sheets and Meet.',
      '',
      '### Who presented Gemini for Workspace?',
      'It was presented by executives like Sundar Pichai, Thomas Kurian and Aparna Pappu.',
    ].join('\n');
    const faqs = draftCandidates(apps, {count: 30}).candidates.filter((c) => c.kind === 'faq');
    for (const faq of faqs) for (const choice of faq.distractors) expect(choice).to.not.match(/like only|but not (?:Gmail|Sheets|Meet)/);
  });
});
