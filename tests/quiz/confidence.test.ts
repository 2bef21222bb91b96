import {expect} from '@open-wc/testing';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';
import {confidenceOf, CONFIDENCE_THRESHOLD, IMPORTANCE_FLOOR} from '../../src/quiz/choosing/confidence.js';
import {aliases, checkCandidate, normalize} from '../../src/quiz/choosing/checks.js';
import {detectLanguage} from '../../src/quiz/reading/language.js';
import {parseArticle} from '../../src/quiz/reading/article.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {standAlone} from '../../src/quiz/asking/fact-questions.js';
import {centralityOf} from '../../src/quiz/understanding/importance.js';
import {splitSentences} from '../../src/quiz/reading/sentences.js';
import {kindOf, standInCertainty} from '../../src/quiz/understanding/kinds.js';
import type {Candidate} from '../../src/quiz/asking/candidate.js';
import {quizProblems} from './invariants.js';

const answerOf = (q: {choices: {id: string; text: string}[]; answer: string}) => q.choices.find((c) => c.id === q.answer)!.text;
const prompts = (text: string, count = 30) => generateQuiz(text, {count}).questions.map((q) => q.prompt);

/** A sturdy English story: enough names and figures for a quiz of its own. */
const STORY = [
  'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.',
  'Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.',
  'The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.',
  'Forecaster James Hollis of the Met Office said gusts of 100 mph were recorded at Berry Head in Devon.',
  'Ferry operator Brittany Ferries cancelled 12 crossings from Plymouth to Roscoff, affecting 4,000 passengers.',
];

const candidate = (over: Partial<Candidate>): Candidate => ({
  kind: 'fact',
  prompt: 'Arsenal signed ___ from Porto in January.',
  correct: 'Luis Diaz',
  distractors: ['Mikel Merino', 'Kai Havertz', 'Declan Rice'],
  evidence: 'Arsenal signed Luis Diaz from Porto in January.',
  explanation: '',
  order: 0,
  answerKey: 'Luis Diaz',
  promptKeys: [],
  ...over,
});

describe('confidence: evidence behind every question', () => {
  it('scores a candidate from its key kind, stand-in kinds, fit and importance, and checks drop unsure stand-ins', () => {
    const sure = candidate({signals: {keyKind: 1, standIns: {}, fit: 1, importance: 1}});
    expect(confidenceOf(sure)).to.equal(1);
    const guessed = candidate({signals: {keyKind: 0.3, standIns: {}, fit: 1, importance: 1}});
    expect(confidenceOf(guessed)).to.be.below(CONFIDENCE_THRESHOLD);
    // One stand-in of another kind ("Porto" is a club, not a player) is dropped before the choices are picked.
    const mixed = candidate({
      distractors: ['Mikel Merino', 'Porto FC', 'Kai Havertz'],
      signals: {keyKind: 1, standIns: {'Porto FC': 0.2}, fit: 1, importance: 1},
    });
    const article = ` ${normalize('Arsenal signed Luis Diaz from Porto in January. Mikel Merino, Kai Havertz and Porto FC were named.')} `;
    const checked = checkCandidate(mixed, article)!;
    expect(checked.distractors).to.not.include('Porto FC');
    expect(checked.distractors).to.have.members(['Mikel Merino', 'Kai Havertz']);
  });

  it("asks no aside: an anecdote that shares none of the story's words scores low and stays out", () => {
    const story = [
      'Harbour Energy said on Monday that its North Sea wind farm would power 400,000 homes by 2027.',
      'The wind farm, built by Harbour Energy off the Norfolk coast, will have 95 turbines.',
      'Energy minister Claire Coutinho said the wind farm showed that the North Sea could power Britain.',
      'Harbour Energy expects the turbines to cut carbon emissions by 1.2 million tonnes a year.',
      'Critics said the wind farm had cost Harbour Energy far more than the 3 billion pounds first planned.',
      'Fishermen in Norfolk said the turbines would close 40 square miles of fishing grounds.',
      'The company said the North Sea wind farm would employ 600 people once the turbines are running.',
      'Harbour Energy shares rose 4% after the wind farm announcement on Monday.',
      'Coutinho once ran 12 marathons in a single year while studying music at a college in Leeds.',
      'The wind farm is the largest Harbour Energy has built, and the turbines will be serviced from Great Yarmouth.',
    ];
    const analysis = analyze(story);
    const centrality = centralityOf(analysis, story.length);
    expect(Math.min(...centrality)).to.equal(centrality[8]);
    expect(centrality[1]).to.be.above(0.5);
    const asked = prompts(`Harbour Energy wind farm to power 400,000 homes\n\n${story.join(' ')}`);
    expect(asked.some((prompt) => prompt.includes('marathons'))).to.be.false;
    expect(asked.length).to.be.at.least(3);
    // And the gate itself: a well-formed question on an aside scores zero.
    expect(confidenceOf(candidate({signals: {keyKind: 1, standIns: {}, fit: 1, importance: IMPORTANCE_FLOOR - 0.01}}))).to.equal(0);
  });

  it('asks nothing from a team sheet, and drops a connective that leans on the sentence before', () => {
    const report = [
      'Chelsea beat Liverpool 3-2 at Wembley on Sunday to win the League Cup for the first time in ten years.',
      'Steven Gerrard scored an own goal for Liverpool in the 79th minute to take the final into extra time.',
      'But Didier Drogba headed Chelsea ahead in extra time before Mateja Kezman added a third for the Blues.',
      'Jose Mourinho was sent off for Chelsea after a gesture to the Liverpool fans near the end of normal time.',
      'Liverpool: Dudek, Finnan, Carragher, Hyypia, Traore, Garcia, Gerrard, Hamann, Riise, Kewell, Morientes.',
    ].join(' ');
    expect(prompts(report).some((prompt) => /^But\b/.test(prompt))).to.be.false;
    const match = [
      'Chelsea won the League Cup after extra time, beating Liverpool 3-2 in a thrilling final at the Millennium Stadium in Cardiff.',
      'John Arne Riise volleyed Liverpool ahead after 45 seconds, but Steven Gerrard scored a 79th-minute own goal.',
      "Didier Drogba and Mateja Kezman scored from close range before Antonio Nunez's header made for a tense finale.",
      'Jerzy Dudek saved well from Frank Lampard, and Damien Duff had a shot blocked by Jamie Carragher.',
      'Dietmar Hamann and Harry Kewell struggled as Chelsea pressed, and Sami Hyypia was booked.',
      'Liverpool: Dudek, Finnan, Carragher, Hyypia, Traore, Garcia, Gerrard, Hamann, Riise, Kewell, Morientes.',
      'Chelsea: Cech, Ferreira, Carvalho, Terry, Gallas, Jarosik, Lampard, Makelele, Cole, Drogba, Duff.',
    ].join(' ');
    const drafted = draftCandidates(`Chelsea clinch cup in extra time\n\n${match}`, {count: 8}).candidates.map((c) => c.prompt);
    expect(drafted.length).to.be.at.least(3);
    expect(
      drafted.some((prompt) => /^(?:\w+|___), (?:\w+|___), (?:\w+|___), /.test(prompt)),
      drafted.join(' | ')
    ).to.be.false;
    expect(standAlone('But the heavy spending means ___ jobs will go.')).to.equal('The heavy spending means ___ jobs will go.');
    expect(standAlone('However, iPhone sales fell by ___.')).to.equal('iPhone sales fell by ___.');
    expect(standAlone('But ___ headed Chelsea ahead.')).to.equal('But ___ headed Chelsea ahead.');
    expect(standAlone('Butterflies arrived in ___.')).to.equal('Butterflies arrived in ___.');
  });

  it("drops a question whose key alone shares the stem's words", () => {
    const echo = candidate({
      prompt: 'Cargo at the ports is watched by ___, the maritime regulator.',
      correct: 'the Federal Maritime Commission',
      distractors: ['the Department of Labor', 'the National Science Foundation', 'the Treasury Department'],
      evidence: 'Cargo at the ports is watched by the Federal Maritime Commission, the maritime regulator.',
      answerKey: 'Federal Maritime Commission',
    });
    const article = ` ${normalize('Cargo at the ports is watched by the Federal Maritime Commission, the maritime regulator. The Department of Labor, the National Science Foundation and the Treasury Department also spoke.')} `;
    expect(checkCandidate(echo, article)).to.be.undefined;
    expect(checkCandidate({...echo, prompt: 'Cargo at the ports is watched by ___, the regulator.'}, article)).to.not.be.undefined;
  });

  it('reads "Dra." as a title, not a sentence end, and a tournament group as no company', () => {
    expect(splitSentences('La Dra. Ana Pérez dirigió el estudio en Madrid. Participaron 300 pacientes.')).to.have.length(2);
    const analysis = analyze(['Arsenal and Bayern Munich were drawn in Group A with PSV Eindhoven.']);
    const group = analysis.entities.get('Group A');
    if (group) expect(kindOf(group, analysis).kind).to.not.equal('company');
  });

  it("keeps women out of a men's title and men out of a women's", () => {
    const text = [
      "Roger Federer beat Lleyton Hewitt in the final of the men's Masters Cup in Houston on Sunday.",
      "Maria Sharapova and Serena Williams were the leading players of the season in the women's game.",
      'Andy Roddick and Marat Safin also reached the semi-finals of the tournament in Houston.',
      'Serena Williams said she was proud of a season in which she won the Australian Open.',
      'Federer said he was delighted with the title, his third of the season after Wimbledon.',
    ].join(' ');
    const women = ['Maria Sharapova', 'Serena Williams'];
    const drafted = draftCandidates(text, {count: 8}).candidates.filter((c) => /men's Masters Cup/.test(c.prompt));
    expect(drafted.length).to.be.at.least(1);
    for (const c of drafted) for (const woman of women) expect(c.distractors).to.not.include(woman);
  });

  it('trusts less a stem whose "he" or "she" it never names', () => {
    const text = [
      'The White House said on Monday that the president had signed an order on the supply of chips.',
      'In February, he ordered a review of supply chains for chips, batteries and medicines.',
      'The Commerce Department said 150 companies had answered its survey on chip supplies by March.',
      'Officials said the review found that chip makers had 5 days of stock on average, down from 40 days in 2019.',
    ].join(' ');
    const month = draftCandidates(text, {count: 8}).candidates.find((c) => c.prompt.startsWith('In ___, he ordered'));
    const survey = draftCandidates(text, {count: 8}).candidates.find((c) => c.prompt.includes('___ companies'));
    expect(month?.signals?.fit).to.be.below(survey!.signals!.fit);
  });

  it('makes no quiz of fewer than three questions that pass, but honours a smaller count', () => {
    const thin = 'The council met on Monday. Mayor Andy Burnham said the plan would cost £45 million.';
    expect(generateQuiz(thin).questions).to.deep.equal([]);
    expect(generateQuiz(STORY.join(' ')).questions.length).to.be.at.least(3);
    expect(generateQuiz(STORY.join(' '), {count: 2}).questions).to.have.length(2);
  });

  it('types names on positive evidence: clubs in a sports story, outlets, names listed with known ones', () => {
    const analysis = analyze([
      'The league leaders beat Valencia 3-1 on Sunday, and the coach praised the squad after the match.',
      'Sky Sports reported that Real Madrid, Rayo Vallecano and Atletico Madrid all won their games this season.',
    ]);
    const kind = (key: string) => kindOf(analysis.entities.get(key)!, analysis);
    // Valencia is a city too: in a story of matches and leagues, it is the club.
    expect(kind('Valencia').kind).to.equal('club');
    expect(kind('Real Madrid').kind).to.equal('club');
    expect(kind('Sky Sports').kind).to.equal('media');
    // Rayo Vallecano is on no list of ours and reads like a person's name: listed with two clubs, it is a club.
    expect(kind('Rayo Vallecano')).to.deep.equal({kind: 'club', strength: 0.85});
    const media = analysis.entities.get('Sky Sports')!;
    expect(standInCertainty(analysis.entities.get('Valencia')!, media, analysis)).to.be.below(0.6);
    expect(standInCertainty(analysis.entities.get('Valencia')!, analysis.entities.get('Real Madrid')!, analysis)).to.be.at.least(0.9);
  });

  it('never offers an alias, initialism or spelling of another choice', () => {
    for (const [a, b] of [
      ['jpg', 'jpeg'],
      ['man city', 'manchester city'],
      ['cla', 'contributor license agreement'],
      ['fed', 'federal reserve'],
      ['la liga', 'laliga'],
    ])
      expect(aliases(a, b), `${a} / ${b}`).to.be.true;
    for (const [a, b] of [
      ['real madrid', 'real sociedad'],
      ['png', 'jpeg'],
      ['iran', 'iraq'],
      ['chelsea', 'celtic'],
    ])
      expect(aliases(a, b), `${a} / ${b}`).to.be.false;
  });
});

describe('what the engine will not ask', () => {
  it('asks no figure after a bound, whose neighbours would be true too', () => {
    const text = [
      ...STORY,
      'Cloudflare now serves content from more than 300 cities, and the plan costs less than 5 dollars a month.',
      'The company plans to open 40 new offices by the end of 2027, it said on Friday.',
    ].join(' ');
    for (const prompt of prompts(text)) expect(prompt).to.not.match(/more than ___|less than ___|by the end of ___/);
  });

  it('asks no figure the stem gives by arithmetic, nor a sum beside its conversion', () => {
    const text = [
      ...STORY,
      'Support rose from 25% to 29%, an increase of four percentage points, pollsters said on Thursday.',
      'The budget sets aside 830bn rupees ($19bn) for defence, the finance minister said in Delhi.',
      'A fee of 20 euros a year over 5 years = 100 euros, the consumer group said.',
    ].join(' ');
    for (const prompt of prompts(text)) expect(prompt).to.not.match(/from ___ to 29%|from 25% to ___|___ \(\$19bn\)|830bn rupees \(___\)|= ___ euros|of ___ euros a year over 5/);
  });

  it('asks no fact whose answer the headline states', () => {
    const text = ['Storm Daria cuts power to 120,000 homes in Cornwall', '', ...STORY].join('\n');
    const quiz = generateQuiz(text, {count: 30});
    expect(quiz.questions.length).to.be.at.least(3);
    for (const q of quiz.questions) expect(['120,000', 'Cornwall']).to.not.include(answerOf(q));
  });

  it('leaves page furniture alone: datelines in any language, promo lines, embargo notes', () => {
    const text = [
      'Las ventas de coches eléctricos suben un 40%',
      '',
      '30 de noviembre de 2021 - La época',
      '',
      'Puedes ver: Los mejores coches de 2021 según los lectores',
      '',
      'EMBARGOED UNTIL 4 P.M. CT, MONDAY, NOV. 29, 2021',
      '',
      'Las ventas de coches eléctricos crecieron un 40% en 2021 en España, hasta 23.500 unidades, según la patronal Anfac.',
      'El precio medio de un coche eléctrico fue de 32.000 euros, y Madrid concentró el 35% de las matriculaciones.',
      'La patronal espera vender 60.000 unidades en 2022 si el Gobierno mantiene las ayudas del plan Moves.',
    ].join('\n');
    const quiz = generateQuiz(text, {count: 30});
    for (const q of quiz.questions) expect(q.prompt).to.not.match(/noviembre de ___|Puedes ver|EMBARGOED|La época/);
  });

  it('reads a weekday before a date as part of it: moved by whole weeks, never swapped alone', () => {
    const text = [...STORY, '', '## FAQ', '', '### When did the storm reach Cornwall?', 'Storm Daria reached Cornwall on Tuesday, February 11, 2025, bringing winds of 90 mph.'].join('\n');
    const faq = generateQuiz(text, {count: 30}).questions.find((q) => q.kind === 'faq');
    expect(faq, 'the FAQ question').to.not.equal(undefined);
    for (const choice of faq!.choices) {
      const day = /Tuesday, February (\d+), 2025/.exec(choice.text);
      expect(day, choice.text).to.not.equal(null);
      expect((Number(day![1]) - 11) % 7, choice.text).to.equal(0);
    }
  });

  it('leaves a vague FAQ answer unasked ("There are three main reasons we did this")', () => {
    const text = [...STORY, '', '## Frequently asked questions', '', '### Why did the railway cancel trains?', 'There are three main reasons we did this. First, the line flooded near Dawlish.'].join('\n');
    expect(prompts(text)).to.not.include('Why did the railway cancel trains?');
  });

  it('swaps two names of one kind in an FAQ answer when other stand-ins run short', () => {
    const text = [
      'Elche travel to face Barcelona at the Camp Nou on Saturday in the league, and the coach expects a tight match.',
      'Barcelona have won 14 of their 20 games this season, while Elche sit 17th after a run of six defeats.',
      'About 85,000 fans are expected, and the match kicks off at 21:00 local time, the club said.',
      'Elche scored 19 goals in their first 20 games, the fewest in the division.',
      'On Friday, Real Madrid beat Atletico Madrid 2-0, and the Atletico coach was sent off in the second half.',
      '',
      '## FAQ',
      '',
      '### What are the odds for the match?',
      'Barcelona are the favourites to win, with Elche considered the underdogs.',
    ].join('\n');
    const faq = generateQuiz(text, {count: 30}).questions.find((q) => q.prompt === 'What are the odds for the match?');
    expect(faq, 'the FAQ question').to.not.equal(undefined);
    expect(faq!.choices.map((c) => c.text)).to.include('Elche are the favourites to win, with Barcelona considered the underdogs');
  });
});

describe('languages', () => {
  it('tells the article language by its function words, and non-Latin scripts by their letters', () => {
    expect(detectLanguage('The government said on Monday that the plan was approved and that it will start in May, with the first homes finished by the end of the year.')).to.equal('en');
    expect(detectLanguage('El gobierno dijo el lunes que el plan fue aprobado y que se pondrá en marcha en mayo para todos los ciudadanos.')).to.equal('es');
    expect(detectLanguage('Die Regierung hat am Montag gesagt, dass der Plan genehmigt wurde und dass der Bau im Mai mit den ersten Häusern beginnt, die bis zum Ende des Jahres fertig sein sollen.')).to.equal('de');
    expect(detectLanguage('O governo disse na segunda-feira que o plano dos portos foi aprovado e que as obras da refinaria não vão parar até ao fim do ano, com uma parte das casas pronta em maio.')).to.equal('pt');
    expect(detectLanguage('서울시는 월요일에 계획이 승인되었으며 5월에 시작된다고 밝혔다.')).to.equal('ko');
    expect(detectLanguage('قالت الحكومة يوم الاثنين إن الخطة تمت الموافقة عليها')).to.equal('ar');
    expect(
      parseArticle('Titel\n\nDie Regierung hat am Montag gesagt, dass der Plan genehmigt wurde und dass der Bau im Mai mit den ersten Häusern beginnt, die bis zum Ende des Jahres fertig sein sollen.').language
    ).to.equal('de');
  });

  it('asks only FAQ questions and figures outside English, with no English article glued to a choice', () => {
    const text = [
      'Governo anuncia plano de obras',
      '',
      'O governo de Pernambuco anunciou na segunda-feira um plano de 2,5 bilhões de reais para obras no Porto de Suape.',
      'Segundo o secretário Paulo Câmara, as obras devem gerar 30 mil empregos entre 2024 a 2027 na região.',
      'O porto movimentou 25 milhões de toneladas em 2023, um recorde, e recebeu 1.200 navios no ano.',
      'A Petrobras vai investir mais 800 milhões de reais na refinaria Abreu e Lima até 2028.',
      '',
      'Perguntas frequentes',
      '',
      'Quantos empregos o plano vai gerar?',
      'O plano deve gerar 30 mil empregos na região de Suape.',
    ].join('\n');
    const quiz = generateQuiz(text, {count: 30});
    expect(quiz.questions.length).to.be.at.least(3);
    expect(quizProblems(text, quiz)).to.deep.equal([]);
    for (const q of quiz.questions) {
      if (q.kind === 'fact') expect(answerOf(q), q.prompt).to.match(/^[\d.,]+%?$/);
      for (const choice of q.choices) expect(choice.text).to.not.match(/^(?:a|an|the) /);
    }
    expect(quiz.questions[0].prompt).to.equal('Quantos empregos o plano vai gerar?');
  });

  it('finds FAQ sections under Korean and Arabic headings', () => {
    expect(parseArticle('기사\n\n서울시는 예산을 발표했다.\n\n## 자주 묻는 질문\n\n### 예산은 얼마입니까?\n\n서울시 예산은 45조 원이며 작년보다 3% 늘었습니다.').faq).to.have.length(1);
    expect(parseArticle('خبر\n\nأعلنت الحكومة الخطة.\n\n## الأسئلة الشائعة\n\n### متى تبدأ الخطة؟\n\nتبدأ الخطة في عام 2025 وتستمر خمس سنوات.').faq).to.have.length(1);
  });
});
