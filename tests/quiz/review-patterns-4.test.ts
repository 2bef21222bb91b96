import {expect} from '@open-wc/testing';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';
import {conciseAnswer} from '../../src/quiz/asking/faq-questions.js';
import {kindCertainty} from '../../src/quiz/understanding/kinds.js';
import type {Entity} from '../../src/quiz/understanding/mentions.js';
import {CORPUS} from '../fixtures/corpus.js';

// Rules drawn from the blind reviews m15 to m21: none of 15 FAQ questions whose choices were one long answer
// with a detail swapped was published. Each case failed before its rule.

const STORY = [
  'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.',
  'Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.',
  'The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.',
  'Forecaster James Hollis of the Met Office said gusts of 100 mph were recorded at Berry Head in Devon.',
  'France and Spain sent engineers to help restore power, officials in Paris said.',
];

/** The FAQ candidates drafted from the story with one FAQ pair under it. */
const faqs = (question: string, answer: string) => draftCandidates([...STORY, '', '## Frequently Asked Questions', '', `### ${question}`, answer].join('\n'), {count: 8}).candidates.filter((c) => c.kind === 'faq');

describe('FAQ choices a reader can weigh', () => {
  it('answers a question that asks for a name or a figure with that name or figure alone', () => {
    const text = CORPUS.find((a) => a.name.startsWith('sd-premier-league'))!.text;
    const who = draftCandidates(text, {count: 8}).candidates.find((c) => c.prompt.startsWith('Which player has scored the most goals'));
    // Not "Erling Haaland is currently the top scorer in the premier league, with an impressive 15 goals to his name".
    expect(who?.correct).to.equal('Erling Haaland');
    for (const choice of who!.distractors) expect(choice.split(' ').length, choice).to.be.below(4);
    const [when] = faqs('When did the storm reach Cornwall?', 'Storm Daria reached Cornwall on Tuesday, February 11, 2025, bringing winds of 90 mph.');
    expect(when?.correct).to.equal('Tuesday, February 11, 2025');
  });

  it('keeps the whole list the slot is in: "France and Italy", not "France"', () => {
    const [which] = faqs('Which other countries have issued warnings?', 'Ireland and Belgium have also issued warnings, while Bristol opened shelters.');
    expect(which?.correct).to.equal('Ireland and Belgium');
    for (const choice of which.distractors) expect(choice).to.match(/^\w+ and Belgium$/);
  });

  it('ends a swapped answer before a clause that adds nothing to tell the choices apart', () => {
    const [how] = faqs('How did the railway respond?', 'It cancelled 240 trains between London and Bristol, including every service after 6pm.');
    expect(how?.correct).to.equal('It cancelled 240 trains between London and Bristol');
  });

  it('never answers "Where?" with a place the answer names besides the one asked ("Norway" for "in Oslo")', () => {
    const where = faqs('Where will the talks be held?', 'The talks with France and Spain will be held in Paris next month.');
    // "With Germany and Spain will be held in Paris" swaps a country the question does not ask about.
    expect(where.map((c) => c.correct)).to.deep.equal([]);
  });

  it('ends a swapped answer before a participle clause (", citing ...")', () => {
    const [what] = faqs('What did the rail operator announce?', 'Network Rail cancelled 240 trains between London and Bristol, citing flooding on the line near Bath.');
    expect(what?.correct).to.equal('Network Rail cancelled 240 trains between London and Bristol');
  });

  it('leaves out a long answer that would be shown four times with one detail changed', () => {
    const long = faqs('How bad was the damage in Devon?', 'Across the county, the agency issued 14 flood warnings and councils opened rest centres for families whose homes were flooded overnight by rising rivers.');
    expect(long.map((c) => c.correct)).to.deep.equal([]);
  });

  it('drops the FAQ numbering from the question ("Q3. Is ...")', () => {
    const [numbered] = faqs('### Q3. When did the storm reach Cornwall?', 'Storm Daria reached Cornwall on Tuesday, February 11, 2025.');
    expect(numbered?.prompt).to.equal('When did the storm reach Cornwall?');
  });

  it('never swaps a version bound or asks a list cut at its first item', () => {
    const bound = faqs('Which version do I need?', 'The package works with langchain-core>=0.1,<0.2 on every platform.');
    for (const c of bound) expect(c.distractors.join(' ')).to.not.match(/>=0\.[2-9]/);
    expect(conciseAnswer('What are the 3 principles of the plan?', 'The three principles, as defined by the Met Office, are: 1').fragment).to.be.true;
  });
});

/** Every fact stem drafted from `text` with its key. */
const facts = (text: string) => draftCandidates(text, {count: 8}).candidates.filter((c) => c.kind === 'fact');

describe('fact stems a reader can weigh', () => {
  it('asks no month that a list of months around it places ("rises in ___, August and September")', () => {
    const text =
      'The Fed raised rates in June, August and September, and markets expect another rise in December, analysts at Barclays said on Friday. Inflation rose to 3.1% in November, the highest in 14 years, the Labor Department said. About 250,000 jobs were added in October, far more than the 180,000 economists had forecast.';
    const asked = facts(text).map((c) => c.correct);
    expect(asked).to.not.include('June');
    expect(asked).to.not.include('August');
    expect(asked).to.include('3.1%');
  });

  it('capitalises a stem whose opening "But" went, even before a one-letter word ("a spokesman ...")', () => {
    const text =
      'Union leaders met ministers on Monday to discuss pensions for 1.4 million council workers in England. But a spokesman for the unions warned that 800,000 members could strike in April over the changes. The talks will resume on 14 March, when ministers will set out a new offer to the five unions.';
    const stems = facts(text).map((c) => c.prompt);
    expect(stems.some((p) => p.startsWith('A spokesman for the unions warned'))).to.be.true;
    for (const stem of stems) expect(stem).to.match(/^(?:\p{Lu}|___|\d)/u);
  });

  it('asks nothing from a sentence cut inside brackets ("AMC) announced ...")', () => {
    const text =
      'AMC (NYSE: AMC) announced on Monday that it had raised $125.47 million by selling 95.25 million shares of common stock to investors. The company will use the money to repay $150 million of debt due in 2026, it said. Shares fell 8% in early trading in New York after the announcement.';
    for (const stem of facts(text).map((c) => c.prompt)) expect(stem).to.not.match(/^[^(]*\)/);
  });

  it('offers for "the first Australian man" only people the article makes Australian', () => {
    const text = [
      'Federer wins Sydney title',
      '',
      "Swiss world number one Roger Federer beat Frenchman Fabrice Santoro 6-3 6-4 in the final of the Sydney International on Saturday. Federer will now defend his Australian Open title in Melbourne, where 12,000 fans are expected at the opening match. Britain's Tim Henman lost 7-6 6-4 to Federer in the semi-finals. Lleyton Hewitt is hoping to become the first Australian man to win the Australian Open since Mark Edmondson in 1976. Henman said he would play five more events before Wimbledon, where he has reached the semi-finals four times.",
    ].join('\n');
    const hewitt = facts(text).find((c) => c.correct === 'Lleyton Hewitt');
    // Santoro is French and Federer Swiss: "the first Australian man" rules them out without the article.
    expect(hewitt?.distractors ?? [], hewitt?.prompt).to.not.include('Fabrice Santoro');
    expect(facts(text).some((c) => c.correct === '12,000')).to.be.true;
  });

  it('skips a press release\'s "About AMC Entertainment Holdings, Inc." section, whose heading ends on "Inc."', () => {
    const text = [
      'AMC closes $200 million offering',
      '',
      'AMC announced the closing of its offering of 95.25 million shares of common stock, generating approximately $200 million in gross proceeds. The company intends to redeem all $125.47 million of its notes due 2027, it said on Monday.',
      '',
      'About AMC Entertainment Holdings, Inc.',
      '',
      'AMC is the largest movie exhibition company in the United States, with approximately 850 theatres and 9,600 screens across the globe.',
    ].join('\n');
    const keys = facts(text).map((c) => c.correct);
    expect(keys).to.include('$125.47 million');
    expect(keys).to.not.include('850');
  });

  it('offers for "US operator ___" or "___, the handset maker," only names the article describes alike', () => {
    const text = [
      'Phone makers race to faster networks',
      '',
      'US operator Sprint ordered a broadband data upgrade to its 3G network at the end of last year, spending $1.2bn. Equipment maker Nokia said it would supply 40% of the kit, while Siemens would supply the rest. The system is not available commercially yet, but Motorola, the US mobile handset and infrastructure maker, held a demonstration for 300 guests in Chicago. Analysts expect Nokia to ship 25 million handsets this year, up from 18 million.',
    ].join('\n');
    const asked = facts(text);
    const sprint = asked.find((c) => c.correct === 'Sprint');
    const motorola = asked.find((c) => c.correct === 'Motorola');
    // Nokia, Siemens and Motorola make equipment: none is an operator.
    expect(sprint, sprint?.distractors.join()).to.equal(undefined);
    // Only Nokia is called a maker besides Motorola: one stand-in is too few to ask.
    expect(motorola, motorola?.distractors.join()).to.equal(undefined);
    expect(asked.some((c) => c.correct === '$1.2bn')).to.be.true;
  });

  it('asks nothing from a wire stamp ("(Newsworthy.ai) Friday Apr 11, 2025 @ 8:00 AM America/Toronto —")', () => {
    const text = [
      'Few firms understand staff finances',
      '',
      'Jacksons Point, Ontario, Canada (Newsworthy.ai) Friday Apr 11, 2025 @ 8:00 AM America/Toronto — A new study from the HR Research Institute finds that only 14% of organizations truly understand the financial health of their employees.',
      'About half (51%) say they understand it somewhat, and 39% offer a financial wellness program, the study of 312 employers found.',
    ].join('\n');
    const asked = facts(text);
    for (const c of asked) expect(c.prompt).to.not.match(/Newsworthy|8:00 AM/);
    expect(asked.map((c) => c.correct)).to.include('14%');
  });

  it('weighs a side item the story turns to ("Elsewhere, ...") at half', () => {
    const text =
      'Jo Pavey won the Great North Cross Country in Edinburgh on Saturday, finishing 20 seconds clear in a field of 90 runners. Pavey had been out for 14 months with injury before the race. Elsewhere, Abebe Dinkessa of Ethiopia won the Brussels race on Sunday, completing the 10,500m course in 30 minutes.';
    const fits = Object.fromEntries(facts(text).map((c) => [c.correct, c.signals?.fit]));
    expect(fits['90'], JSON.stringify(fits)).to.equal(1);
    expect(fits['10,500m'], JSON.stringify(fits)).to.be.at.most(0.5);
  });
});

// Rules drawn from the blind review m22 (measure13); each case failed before its rule.
describe('m22 patterns', () => {
  it('asks no move that the stem computes ("moved up ___ places from number eight to number one")', () => {
    const text =
      "Keane's album moved up seven places from number eight to number one in the UK chart on Sunday. The band sold 41,000 copies in the week after the Brit Awards, the Official Charts Company said. U2 held the top of the singles chart for a third week with sales of 52,000.";
    expect(facts(text).map((c) => c.correct)).to.not.include('seven');
    expect(facts(text).map((c) => c.correct)).to.include('41,000');
  });

  it('asks no part of a name with an epithet ("his biography of ___ the Younger")', () => {
    const text = [
      'MPs declare their earnings',
      '',
      'Mr Hague was also paid an undisclosed amount for the newspaper serialisation of his biography of William Pitt the Younger and up to £135,000 for work as an adviser to various companies. Former Defence Secretary Michael Portillo declared 12 paid speeches, while Alan Milburn earned £20,000 from articles. David Blunkett said he would give £5,000 to charity.',
    ].join('\n');
    const keys = facts(text).map((c) => c.correct);
    expect(keys).to.not.include('William Pitt');
    expect(keys).to.include('Hague');
  });

  it('asks no figure within a tenth of another in its stem ("___ in November, down from $19.7bn")', () => {
    const text =
      'The US trade deficit was $19.6bn in November, down from $19.7bn the month before, the Commerce Department said on Thursday. Exports rose by 4% to $98bn, while imports of oil fell 6% from a year earlier. Analysts had expected a gap of $15bn, according to a Reuters poll of 42 economists.';
    const keys = facts(text).map((c) => c.correct);
    expect(keys).to.not.include('$19.6bn');
    expect(keys).to.include('$15bn');
  });

  it('asks no stock phrase ("one in ___ users", "the last ___ months of 2004") and no month the stem names another way', () => {
    const text =
      'One in ten users have bought products advertised in junk mail, a survey of 6,000 people found. Marsh made a loss for the last three months of 2004 after paying $850m to settle a lawsuit brought by 12 states. House prices rose by 0.8% in January and Nationwide reported a rise of 0.4% in the first month of the year.';
    const keys = facts(text).map((c) => c.correct);
    expect(keys).to.not.include('ten');
    expect(keys).to.not.include('three');
    expect(keys).to.not.include('January');
    expect(keys).to.include('$850m');
  });

  it('weighs a speaker after "said Dr" and a study\'s sponsor as a source line', () => {
    const text = [
      'Spam clicks rise',
      '',
      'According to a survey conducted by security firm Mirapoint and market research company the Radicati Group, nearly a third of e-mail users have clicked on links in spam messages. Security firm Clearswift said 40% of spam now advertised drugs. Security firm Sophos said it had found 2,000 new viruses in 2004, up from 1,200.',
      '"Practical throughputs will be lower in wide-area networks," said Dr Alastair Brydon, author of the Analysys report. Analyst Mark Caselitz said 3G users would reach 40 million by 2006, and analyst Paolo Valente said prices would fall by 30%.',
    ].join('\n');
    const fits = Object.fromEntries(facts(text).map((c) => [c.correct, c.signals?.fit]));
    expect(fits['Mirapoint'], JSON.stringify(fits)).to.be.at.most(0.4);
    expect(fits['Brydon'], JSON.stringify(fits)).to.be.at.most(0.4);
  });

  it('asks nothing from a sentence with a garbled figure ("$1,8923", "£135,00")', () => {
    const text =
      'Against the pound, the dollar was down about 0.6% at $1,8923 on Friday in London trading. The euro rose 1.2% to $1.3060 against the dollar, its highest level in 12 weeks. The Federal Reserve raised rates to 2.25% in December, its fifth rise in 2004.';
    for (const stem of facts(text).map((c) => c.prompt)) expect(stem).to.not.include('1,8923');
  });

  it('reads "Windows PCs" as no person', () => {
    const text =
      'The last 12 months have seen a dramatic growth in almost every security threat that plague Windows PCs, said Kevin Hogan of Symantec. Graham Cluley of Sophos said 2004 saw 10,000 new viruses, while Sven Jaschen admitted writing the Sasser worm that hit 18 million computers.';
    const plague = draftCandidates(text, {count: 8}).candidates.find((c) => c.correct === 'Windows PCs');
    expect(plague?.signals?.keyKind ?? 0).to.be.at.most(0.2);
  });

  it('offers for "Former Defence Secretary ___" only people the article calls Defence Secretary', () => {
    const text = [
      'MPs declare their earnings',
      '',
      'Former Defence Secretary Michael Portillo earned £560,000 from 12 directorships, the register shows. Former health secretary Alan Milburn earned £20,000 from newspaper articles, while former home secretary David Blunkett declared 4 paid speeches. Shadow chancellor Oliver Letwin said the register showed 45 MPs had second jobs.',
    ].join('\n');
    const portillo = facts(text).find((c) => c.correct === 'Michael Portillo');
    // Milburn and Blunkett held other offices: a reader who knows who ran Defence needs no article.
    expect(portillo, portillo?.distractors.join()).to.equal(undefined);
    expect(facts(text).map((c) => c.correct)).to.include('£20,000');
  });

  it('asks no club in a story that is no match report ("The only other non-League side in the draw are ___")', () => {
    const text = [
      'Yeading draw Newcastle in FA Cup',
      '',
      'Non-League Yeading will face Newcastle United in the third round of the FA Cup, the draw made on Sunday showed. The only other non-League side in the draw are Hinckley United, who held Brentford to a goalless draw on Sunday. Manchester United, the holders, will play Exeter City at Old Trafford, and Sheffield United visit Aston Villa. Ties will be played on the weekend of 8 January, and 64 clubs remain in the competition.',
    ].join('\n');
    const keys = facts(text).map((c) => c.correct);
    for (const club of ['Hinckley United', 'Sheffield United', 'Manchester United', 'Newcastle United']) expect(keys).to.not.include(club);
    expect(keys).to.include('64');
  });

  it('asks no date whose year the headline gives ("The ___ general election" under "Wilson wins 1974 election")', () => {
    const text = [
      'Wilson wins 1974 election',
      '',
      "The February 1974 general election created a hung parliament, and Labour won 301 seats to the Conservatives' 297. Harold Wilson became prime minister after talks with 14 Liberal MPs broke down.",
      'In the 800m, Paul Robinson held off a late challenge in the final 100 metres to win in 1:47.8, his 3rd title.',
    ].join('\n');
    const quiz = generateQuiz(text, {count: 8});
    const keys = quiz.questions.map((q) => q.choices.find((c) => c.id === q.answer)!.text);
    expect(keys).to.not.include('February 1974');
    expect(facts(text).map((c) => c.correct)).to.include('February 1974');
  });

  it('asks no race\'s "final ___ metres"', () => {
    const text = 'In the 800m, Paul Robinson held off a late challenge in the final 100 metres to win in 1:47.8, his 3rd title. About 4,000 fans watched in Birmingham.';
    expect(facts(text).map((c) => c.correct)).to.not.include('100');
  });
});

// Rules drawn from the blind review m23 (measure14), fixed after it and not measured; each case failed before its rule.
describe('m23 patterns', () => {
  it('asks no sum beside its conversion after a currency word ("___ yen ($29bn)", "___ euros (£50)")', () => {
    const text =
      'UFJ agreed to a 3 trillion yen ($29bn) deal with Mitsubishi Tokyo, creating a bank with 1,200 branches. Set-top boxes cost as little as 70 euros (£50) in French shops, and 35% of homes will get 14 channels at launch.';
    const keys = facts(text).map((c) => c.correct);
    expect(keys).to.not.include('3 trillion');
    expect(keys).to.not.include('70');
    expect(keys).to.include('1,200');
  });

  it('splits no product name at a Unicode hyphen ("GPT‐___ Turbo")', () => {
    const text =
      'GPT‐4o mini surpasses GPT‐3.5 Turbo and other small models on academic benchmarks, OpenAI said on Thursday. It is priced at 15 cents per million input tokens, and 60% cheaper than earlier models, the company said. About 200 million people use ChatGPT every week.';
    for (const stem of facts(text).map((c) => c.prompt)) expect(stem).to.not.match(/GPT‐___/);
  });

  it("offers no figure pushed far from the answer by the stem's other figures (bounded figures take their nearest steps)", () => {
    const text =
      'GPT‐4o mini scored 59.4% on the MGSM benchmark, compared to 56.1% for Gemini Flash and 50.2% for Claude Haiku, OpenAI said. The model costs 15 cents per million input tokens, and 2,000 companies tested it in the first week.';
    const haiku = facts(text).find((c) => c.correct === '50.2%');
    expect(haiku, 'the question').to.not.equal(undefined);
    for (const choice of haiku!.distractors) expect(Number.parseFloat(choice)).to.be.within(16.7, 150.6);
  });

  it('asks no race distance, however written ("10,000m", "1500m"; m37)', () => {
    const text = 'Paula Radcliffe dropped out of the marathon and then the 10,000m at the Athens Olympics, while Kelly Holmes won the 800m and the 1500m. About 75,000 fans watched Holmes in the stadium on Saturday.';
    const keys = facts(text).map((c) => c.correct);
    for (const race of ['10,000m', '800m', '1500m']) expect(keys).to.not.include(race);
  });

  it('asks no thing named by its owner ("Gordon Brown\'s Budget") and nothing from "Of that, ..."', () => {
    const text = [
      'Tories pledge £4bn tax cut',
      '',
      "Labour and the Tories have clashed over tax and spending plans as the row over Gordon Brown's Budget turned into a full scale pre-election battle. Michael Howard said the Tories would save £35 billion. Of that, £23 billion would go on spending plans, with £8 billion to fill the black hole left by Gordon Brown. Oliver Letwin said 235,000 civil service jobs would go.",
    ].join('\n');
    const asked = draftCandidates(text, {count: 8}).candidates;
    expect(asked.map((c) => c.correct)).to.not.include("Gordon Brown's Budget");
    for (const c of asked) expect(c.prompt).to.not.match(/^Of that/);
    expect(asked.map((c) => c.correct)).to.include('235,000');
  });
});

// Rules drawn from the labelling round label5 on spent sets; each case failed before its rule.
describe('label5 patterns', () => {
  it('asks no share of a total the story gives ("creditors holding ___ - or 40% of the total debt")', () => {
    const text =
      'Argentina said on Friday that creditors holding $41bn - or 40% of the total debt - had accepted its offer by 18 February. The government had offered 30 cents on the dollar, and 152 bond types were involved in the swap.';
    expect(facts(text).map((c) => c.correct)).to.not.include('$41bn');
  });

  it('asks no percentage change that a price move gives ("up 8 pence at 605 pence")', () => {
    const text = 'Shares in Barclays closed up 8 pence at 605 pence, a rise of 1.3%, after the bank reported profits of £4.6bn for 2004. The bank employs 76,200 people in 60 countries, it said on Thursday.';
    expect(facts(text).map((c) => c.correct)).to.not.include('1.3%');
    expect(facts(text).map((c) => c.correct)).to.include('£4.6bn');
  });

  it('never asks two shares that make a whole in one quiz ("the ___ it does not own", "cut its holding to ___")', () => {
    const text = [
      'Fiat presses GM over car unit',
      '',
      'Fiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own, in a deal worth $10bn. GM bought a 20% stake in 2000, but a capital increase in 2002 cut its holding to 10%. Fiat sold 2.1 million cars last year and employs 162,000 people, while GM lost $1.1bn in Europe. Talks will resume on 1 February, the two companies said on Tuesday, after a meeting of 12 lawyers in Turin.',
    ].join('\n');
    const keys = generateQuiz(text, {count: 8}).questions.map((q) => q.choices.find((c) => c.id === q.answer)!.text);
    expect(keys.includes('90%') && keys.includes('10%'), keys.join()).to.be.false;
  });
});

// Rules drawn from the blind review m24 (measure15), fixed after it and not measured; each case failed before its rule.
describe('m24 patterns', () => {
  it('asks no definition with its maker swapped ("What is GPT-4o? Google\'s new AI model")', () => {
    const text = [
      'OpenAI and Google race to ship assistants',
      '',
      'OpenAI released GPT-4o on Monday, a model that handles text, audio and vision, and made it free for 100 million users. Google answered with Gemini 1.5 a day later, priced at $7 per million tokens. Anthropic said its Claude 3 models were used by 40,000 companies.',
      '',
      '## Frequently Asked Questions',
      '',
      '### What is GPT-4o?',
      "OpenAI's new AI model, released on Monday.",
    ].join('\n');
    const faq = draftCandidates(text, {count: 8}).candidates.filter((c) => c.kind === 'faq');
    for (const c of faq) for (const choice of c.distractors) expect(choice).to.not.match(/^(?:Google|Anthropic)'s new AI model/);
  });

  it('moves an age the stem frames ("the voting age to ___") by a year or two', () => {
    const text =
      'The announcement prompted calls for a lowering of the voting age to 16, and Labour said 3 million teenagers would gain the vote. The minimum age for an MP is 21, and 18 MPs were elected before they turned 30.';
    const age = facts(text).find((c) => c.correct === '16');
    expect(age, 'the question').to.not.equal(undefined);
    for (const choice of age!.distractors) expect(Math.abs(Number(choice) - 16)).to.be.at.most(3);
  });

  it('reads "Roland Garros" as a place, never a player among players', () => {
    const text =
      'Carlos Moya beat Andy Roddick 6-4 6-2 to give Spain a 3-1 lead in the Davis Cup final in Seville, where 27,200 fans watched. Moya, who won at Roland Garros in 1998, took the first set against Roddick in 40 minutes, while Bob Bryan and Mike Bryan lost the doubles to Tommy Robredo.';
    for (const c of facts(text)) expect([c.correct, ...c.distractors]).to.not.include('Roland Garros');
  });
});

describe('m24 patterns: instructions and grammar', () => {
  it('asks nothing from an instruction to the reader ("Feed the model a seed keyword and ask it to generate 50 ...")', () => {
    const text =
      'Feed the model a seed keyword and ask it to generate 50 highly relevant keywords clustered by intent. The tool was launched in May and now has 120,000 paying users, the company said. It costs $20 a month for a single seat.';
    const keys = facts(text).map((c) => c.correct);
    expect(keys).to.not.include('50');
    expect(keys).to.include('120,000');
  });

  it('offers no "two" after "All ___" ("all two band members")', () => {
    const text =
      'Busted split on Friday after Charlie Simpson told bandmates Matt Willis and James Bourne he was leaving. All three band members stressed that the break-up was amicable, and 1,400 fans had bought tickets for the final show. The band sold 5 million records in four years.';
    const three = facts(text).find((c) => c.correct === 'three');
    expect(three, 'the question').to.not.equal(undefined);
    expect(three!.distractors).to.not.include('two');
  });
});

// Rules drawn from the blind review m25 (measure16), fixed after it and not measured.
describe('m25 patterns', () => {
  it('asks no club the lexicon knows, typed as a name or an organisation ("sign Ashley Cole from ___")', () => {
    const text =
      "Chelsea left-back Wayne Bridge broke his ankle during the Londoners' FA Cup defeat at Newcastle on Sunday. Jose Mourinho's Chelsea team this week meet Barcelona in the Champions League and Liverpool in the Carling Cup final. Bridge's injury also means Mourinho, who reportedly wants to sign Ashley Cole from Arsenal, will not have a senior left-back for the run-in. Bridge will miss at least 8 weeks, the club said, and 52,000 fans saw the game.";
    const keys = facts(text).map((c) => c.correct);
    for (const club of ['Arsenal', 'Newcastle', 'Chelsea']) expect(keys).to.not.include(club);
  });
});

// Rules drawn from the blind review m26 (measure17), fixed after it and not measured.
describe('m26 patterns', () => {
  it('asks nothing from a list item with no subject or a line cut by a hard wrap', () => {
    const text = [
      '365 wins in 365 days',
      '',
      'Cut fentanyl trafficking at the southern border by 56%.',
      'Established five national defense areas along the southern border to',
      'Designated the cartel as a terrorist group in 12 states.',
      'The economy grew at a 3.0% pace in the second quarter, the Commerce Department said on Thursday.',
    ].join('\n');
    const keys = facts(text).map((c) => c.correct);
    for (const key of ['56%', 'five', '12']) expect(keys).to.not.include(key);
    expect(keys).to.include('3.0%');
  });

  it('reads "Minister\'s Questions" as no person', () => {
    const text = [
      'PM apology over jailings',
      '',
      "Tony Blair has apologised to two families who suffered one of the UK's biggest miscarriages of justice. The prime minister was commenting on the wrongful jailing of 11 people for IRA bomb attacks on pubs in Guildford and Woolwich in 1974. The families had hoped the apology would be made during Prime Minister's Questions in the House of Commons. One of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted of planting the bombs - said the families were delighted with the apology. Anne Maguire, who served 10 years in jail, also welcomed it.",
    ].join('\n');
    for (const q of generateQuiz(text, {count: 8}).questions)
      expect(
        q.choices.map((c) => c.text),
        q.prompt
      ).to.not.include("Minister's Questions");
    // The name the reader cut from "Prime Minister's Questions" is trusted as a person no more than a group is.
    const cut = {key: "Minister's Questions", type: 'person', sentences: [2], the: 0, group: false, sure: true, words: ['Minister', 'Questions']} as unknown as Entity;
    expect(kindCertainty(cut)).to.be.at.most(0.2);
  });

  it('offers for "including ___ and Benny Goodman" no name the next sentences may add to the list', () => {
    const text = [
      'Charlie Parker saxophone up for sale',
      '',
      'The sale will feature instruments from other musicians including Dizzy Gillespie and Benny Goodman, the auction house said.',
      'Among the instruments will be a trumpet which belonged to Gillespie, expected to fetch around $500,000, and a vibraphone which belonged to Lionel Hampton.',
      'Other items will include an evening gown belonging to Ella Fitzgerald and a suit worn by John Coltrane, and 300 lots in all.',
    ].join('\n');
    const gillespie = facts(text).find((c) => c.correct === 'Dizzy Gillespie');
    for (const choice of gillespie?.distractors ?? []) expect(choice).to.not.equal('Lionel Hampton');
    expect(gillespie === undefined || !gillespie.distractors.includes('Lionel Hampton')).to.be.true;
  });

  it('asks no month that another month in its stem orders ("from £190,329 in November to £189,733 in ___")', () => {
    const text = 'The average house price fell by more than £600 from £190,329 in November to £189,733 in December, the RICS said. Prices rose in 8 of 12 regions, and 45% of surveyors expect falls in 2005.';
    expect(facts(text).map((c) => c.correct)).to.not.include('December');
  });

  it('leaves an agency\'s tag out of the stem ("Agência Brasil - Pesquisa ...")', () => {
    const text =
      'Agência Brasil - Pesquisa do Instituto Datafolha aponta que 67% dos eleitores brasileiros consideram importante a participação dos candidatos nos debates. Dos 9.137 eleitores ouvidos em 341 cidades, a maioria disse que assiste aos debates na televisão.';
    for (const c of facts(text)) expect(c.prompt).to.not.match(/^Agência Brasil/);
  });
});

// Rules drawn from the blind review m27 (measure18), fixed after it and not measured.
describe('m27 patterns', () => {
  it('reads "Oscar" alone as an award, no person', () => {
    const award = {key: 'Oscar', type: 'person', sentences: [0], the: 0, group: false, sure: false, words: ['Oscar']} as unknown as Entity;
    expect(kindCertainty(award)).to.be.at.most(0.2);
  });

  it('asks nothing from a line a hard wrap cut before its full stop ("... AI for Education Accelerator has")', () => {
    const text = [
      'Firms pledge support for AI education',
      '',
      '“Google committed $1 billion to support education and job training',
      'programs in the U.S. As part of this commitment, we will announce:',
      '',
      '-   Google will offer every American high school and their students,',
      '    teachers and staff access to Gemini for Education for free. This',
      '    includes our best AI, Gemini 2.5 Pro, plus tools like Guided',
      '    Learning and Notebook LM.',
      '-   For college students, Google’s AI for Education Accelerator has',
      '    expanded from one hundred colleges and universities to two hundred.',
      '    We are also committing $150 million in grants over the next three',
      '    years to support AI Education and Digital Wellbeing.”',
      '',
      'Amazon pledged $50 million to train 2 million teachers by 2027, the White House said on Monday.',
    ].join('\n');
    for (const c of facts(text)) expect(c.prompt).to.match(/[.!?"”)]$/);
    expect(facts(text).map((c) => c.correct)).to.include('$50 million');
  });
});

describe('m27 patterns: FAQ contrasts', () => {
  it('never ends an FAQ answer before ", but ...", which may hold the answer itself', () => {
    const text = [
      'Apple M4 iPad Pro review',
      '',
      'The M4 iPad Pro costs $999 and ships with 8GB or 16GB of memory, Apple said. The chip has 10 CPU cores and a 16-core Neural Engine rated at 38 TOPS.',
      '',
      '## Frequently Asked Questions',
      '',
      '### What is the key advantage of the Apple M4 chip over the M2 for creatives?',
      'It offers up to 50% faster CPU performance, but the key advantage for creatives is the 2.5x faster Neural Engine.',
    ].join('\n');
    const faq = draftCandidates(text, {count: 8}).candidates.filter((c) => c.kind === 'faq');
    for (const c of faq) expect(c.correct).to.not.match(/CPU performance$/);
  });
});

describe('cross-question arithmetic', () => {
  it('never asks a share beside the figure that gives it by division ("90 jobs - ___ of their staff", "employ ___ journalists")', () => {
    const text = [
      'Telegraph to cut 90 journalist jobs',
      '',
      'The Telegraph titles are to cut 90 journalist jobs - 17% of their editorial staff - the company said on Tuesday.',
      'The two Telegraph titles currently employ 521 journalists, the National Union of Journalists said.',
      'The union said it would ballot its 300 members on strike action within 14 days.',
      'The Financial Times said last week it was offering voluntary redundancy to about 35 reporters.',
    ].join('\n');
    const keys = generateQuiz(text, {count: 8}).questions.map((q) => q.choices.find((c) => c.id === q.answer)!.text);
    expect(keys.includes('17%') && keys.includes('521'), keys.join()).to.be.false;
  });
});
