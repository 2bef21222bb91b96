import {expect} from '@open-wc/testing';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';
import {confidenceOf, CONFIDENCE_THRESHOLD} from '../../src/quiz/choosing/confidence.js';
import {sureFact} from './invariants.js';
import {selectQuestions} from '../../src/quiz/choosing/select.js';
import {normalize} from '../../src/quiz/choosing/checks.js';
import {createRandom} from '../../src/quiz/random.js';

// Rules drawn from the blind review m34 (measure25, its reviewers' reports) and the reviews before it; each
// case failed before its rule.

const answerOf = (q: {choices: {id: string; text: string}[]; answer: string}) => q.choices.find((c) => c.id === q.answer)!.text;

describe('the twenty-fifth measuring set’s patterns (m34)', () => {
  it('asks no person, in the lead or past it (m15 to m35: 71 of 138 OK)', () => {
    const lead = sureFact(0, 'The new chief executive, ___, takes over in May.', 'Ana Ruiz', ['Ben Cole', 'Cy Dunn', 'Di Eve'], {person: true, answerType: 'person', paragraph: 1});
    expect(confidenceOf(lead)).to.equal(0);
    expect(confidenceOf({...lead, paragraph: 2})).to.equal(0);
    // A figure of the same stem and trust is asked.
    expect(confidenceOf({...lead, correct: '£2m', distractors: ['£1m', '£3m', '£4m'], person: false, answerType: 'money', figure: true})).to.be.at.least(CONFIDENCE_THRESHOLD);
  });

  it("asks nothing of a sponsor's disclosure", () => {
    const text = [
      'Robot maker doubles revenue',
      'Knightscope reported revenue of $12.8 million for 2023, up 128% on the year before, and won 45 new clients.',
      'The company sold 145 security robots to Rutgers University in a deal worth $1.25 million.',
      'Its shares rose 14% on Monday after the results, and the firm said it expects 60 new contracts this year.',
      'The Article was issued on behalf of and sponsored by, Knightscope, Inc. Market Jar Media Inc. was paid $1,500 for the production and publishing of this article.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the story itself is asked').to.be.at.least(3);
    for (const prompt of prompts) expect(prompt).to.not.match(/was paid|sponsored by/);
  });

  it('asks nothing of two sentences the source glued together ("dipped by 3% In the US ...")', () => {
    const text = [
      'Unilever profits fall on weak sales',
      'Unilever said profits fell 34% to 2.8bn euros, hit by weak sales of its leading brands in Europe.',
      'Sales of ice cream and frozen food dipped by 3% In the US last year, revenue grew by 1.5% despite weak sales of Slimfast.',
      'The company plans to sell brands worth 1.2bn euros and cut 2,000 jobs at its plants in Europe.',
      'Shares fell 4% in London after the results, to their lowest level in 18 months.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(3);
    for (const prompt of prompts) expect(prompt).to.not.match(/In the US last year/);
  });

  it('swaps no year into an FAQ answer that the question does not ask a time of', () => {
    const text = [
      'Humane AI Pin flops with reviewers',
      'The Humane AI Pin costs $699 and needs a $24 monthly subscription for its cellular service.',
      'Reviewers found its answers slow, and its battery lasted about 4 hours in daily use.',
      'The company sold fewer than 10,000 units, against a target of 100,000 in its first year.',
      'The device weighs 55 grams and clips to a shirt with a magnet that doubles as a battery.',
      '',
      '## Frequently Asked Questions',
      '',
      '### What is the Humane AI Pin?',
      'A screenless wearable AI device launched in 2024.',
      '### When did the Humane AI Pin go on sale?',
      'It went on sale in April 2024.',
    ].join('\n');
    const faqs = draftCandidates(text, {count: 30}).candidates.filter((c) => c.kind === 'faq');
    const what = faqs.find((c) => c.prompt === 'What is the Humane AI Pin?');
    // Four descriptions that differ by year ask "when", which the question did not.
    if (what) for (const choice of [what.correct, ...what.distractors]) expect(choice, choice).to.not.match(/launched in 20\d\d/);
    // A question that asks when keeps its date.
    expect(faqs.find((c) => c.prompt.startsWith('When did'))?.correct).to.match(/April 2024/);
    expect(generateQuiz(text, {count: 30}).questions.map(answerOf)).to.not.include('A screenless wearable AI device launched in 2024');
  });

  it('asks no ordinal of "come second best", and drops an opener like "Crucially," from the stem', () => {
    const text = [
      'Argentina hold Ireland in Dublin',
      'Playing into a strong wind and rain, Ireland continued to come second best in tight situations in the first half.',
      'Crucially, the Pin requires a mandatory $24 per month subscription for its cellular connection and AI services.',
      'Ireland won 21-19 after O’Gara kicked 16 points, and the crowd of 48,000 saw their side stay unbeaten.',
      'Argentina scored 14 points in the first half and led by 5 points at the break in the autumn Test.',
    ].join('\n\n');
    const candidates = draftCandidates(text, {count: 30}).candidates;
    expect(
      candidates.some((c) => c.prompt.includes('per month subscription')),
      'the subscription is asked'
    ).to.be.true;
    for (const c of candidates) {
      expect(c.prompt).to.not.match(/come ___ best/);
      expect(c.prompt).to.not.match(/^Crucially/);
    }
  });

  it("asks no day's move of a share, an index or a commodity (11 of 22 OK, m15 to m34)", () => {
    const text = [
      'Oil prices rise on cold weather',
      'Oil producers expect demand to grow 4% this year as a cold winter grips the US and Europe, Opec said.',
      'Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.',
      'Shares in BP were up 12 pence at 560p by mid-morning, and the FTSE 100 fell 0.3% as miners lost ground.',
      'Opec pumped 29.5 million barrels a day in January, and its members hold 78% of the world’s proven reserves.',
      'The group will meet in Vienna in March, when it could cut output by 1 million barrels a day.',
    ].join('\n\n');
    const keys = generateQuiz(text, {count: 30}).questions.map(answerOf);
    expect(keys.length, 'the rest is asked').to.be.at.least(3);
    for (const move of ['$1.89', '12', '0.3%']) expect(keys, keys.join(' | ')).to.not.include(move);
  });
});

describe('the twenty-sixth measuring set’s patterns (m35)', () => {
  const STORY = [
    'Rates rise as inflation stays high',
    'The Reserve Bank lifted interest rates by 0.25% to 5.5% on Wednesday, its first rise in a year.',
    'At 2.6%, inflation remains within the Bank’s 2-3% target range, the statistics office said.',
    'Tickets for the two concerts at Croke Park were released at 8am on Friday. The Dublin dates on June 24 and 25 form part of the worldwide Vertigo tour. The tour begins in San Diego on 28 March and will cover 13 US cities.',
    'The average is 320 milliseconds, which is on par with human conversation.',
    'EBITDA decreased to £(0.2)M from £0.5M in the previous year as the firm invests in scaling operations.',
    'Unemployment rose to 5.8% in January, and 12,000 jobs went in manufacturing, up from 9,000 a year earlier.',
    'House prices rose 6.3% in the year to March, and mortgage lending reached £4.2bn.',
  ].join('\n\n');

  it('asks no figure a range, a calendar or a sentence before bounds, and no bracketed loss', () => {
    const prompts = draftCandidates(STORY, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(3);
    for (const prompt of prompts) {
      expect(prompt).to.not.match(/^At ___, inflation/);
      expect(prompt).to.not.match(/June 24 and ___/);
      expect(prompt).to.not.match(/^The average is ___/);
      expect(prompt).to.not.match(/£\(0\.2\)M/);
    }
  });

  it('never asks a figure beside another stem’s figure of its unit within 5% of it (69% beside 70%)', () => {
    const facts = [
      sureFact(0, 'Some 69% of over-55s say they always vote, against ___ of those aged 18 to 24.', '38%', ['28%', '48%', '58%'], {figure: true}),
      sureFact(1, 'Among the over-65s, ___ said they would be certain to vote in May.', '70%', ['50%', '60%', '80%'], {figure: true}),
      sureFact(2, 'Just ___ of people aged 18 to 34 said they never voted in general elections.', '17%', ['15%', '19%', '21%'], {figure: true}),
      sureFact(3, 'The charity surveyed ___ adults across Britain in January.', '2,000', ['1,000', '3,000', '4,000'], {figure: true}),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' '));
    const picked = selectQuestions([], facts, 8, article, createRandom(1));
    const keys = picked.map(answerOf);
    expect(keys.length, 'a quiz is chosen').to.be.at.least(3);
    // The stems as shown: one of the pair, never both.
    expect(keys.includes('38%') && keys.includes('70%'), keys.join(' | ')).to.be.false;
  });

  it("asks nothing of a promotion's fine print (giveaways, rebates, minimum deposits)", () => {
    const text = [
      'Exchange lists new token',
      'The exchange will list the APPA token on Thursday, and expects 2 million users to trade it in the first week.',
      'Users can deposit a minimum of $50 worth of APPA for a chance at a 10% rebate on fees.',
      'A $500 worth of APPA giveaway is currently ongoing on socials.',
      'The exchange handled $12bn of trades last year, up 40% on 2022, and employs 1,500 people in 14 countries.',
      'Its revenue rose 25% to $480m as trading volumes recovered across Asia.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the news is asked').to.be.at.least(3);
    for (const prompt of prompts) expect(prompt).to.not.match(/rebate|giveaway/);
  });
});

describe('the twenty-seventh measuring set’s patterns (m36)', () => {
  it('asks no figure the stem halves or doubles, no span of years ago, no age of majority', () => {
    const text = [
      'Tax bill passes the Senate',
      'The $750,000 limit on deductible mortgage debt ($375,000 for single filers) had been set to expire after 2025.',
      'The last time retailers endured a tougher Christmas was 23 years previously, when sales plunged 1.7%.',
      'Parents or guardians must set up and manage the account until the child turns 18, the Treasury said.',
      'The bill cuts taxes by $4.5 trillion over ten years and raises the debt limit by $5 trillion, the budget office said.',
      'Some 51 senators voted for the bill and 50 against, after a night of talks over Medicaid cuts worth $930bn.',
      'The bill gives workers a deduction of up to $25,000 for tips and $12,500 for overtime pay.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(3);
    for (const prompt of prompts) {
      expect(prompt).to.not.match(/^The ___ limit on deductible mortgage debt/);
      expect(prompt).to.not.match(/___ years previously/);
      expect(prompt).to.not.match(/child turns ___/);
    }
  });

  it('asks nothing of a stem that points at what the reader cannot see ("this group", "this feat", "that extra")', () => {
    const text = [
      'Online shopping booms at Christmas',
      'Britons spent £7.2bn online over Christmas, up 34% on the year before, the industry body said.',
      'About 85% of this group, 14 million people, bought at least one gift on a mobile phone.',
      'Nine titles managed this feat, including Sony EyeToy Play, selling more than 500,000 copies each.',
      'Because of AI, coaches can now help more clients lose that extra 70% of weight.',
      'German shoppers spent £5.1bn online, and French shoppers £3.4bn, in the same period.',
      'Retailers hired 12,000 extra staff in their warehouses to handle 40 million parcels.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(3);
    for (const prompt of prompts) expect(prompt).to.not.match(/this group|this feat|that extra/);
  });

  it('asks a count before a maker\'s name and its model ("70 Boeing 737-800 planes"), still not a title\'s number', () => {
    const text = [
      'Ryanair in Boeing plane deal',
      'Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes, the carrier said on Tuesday.',
      "The film Ocean's Twelve and 21 Grams were both shown at the festival in Dublin.",
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts, prompts.join(' | ')).to.include('Budget airline Ryanair has placed an order for ___ Boeing 737-800 planes, the carrier said on Tuesday.');
    for (const prompt of prompts) expect(prompt).to.not.match(/___ Grams/);
  });
});

describe('the twenty-eighth measuring set’s patterns (m37)', () => {
  it('asks no range, no "those ___", no "The comments came as", no "___ times faster" without its "than"', () => {
    const text = [
      'Supercomputer breaks record',
      'The Blue Gene/L machine that will be completed next year will be 20 times faster.',
      'Prof Reddy decided to think of those 250 million Indians as a potential market for the device.',
      'The comments came as it reported a 6% rise in profits to £280.2m for the year.',
      'HIV prevalence is 10-19% even in countries with strong health systems, the report said.',
      'IBM said the machine reached 70.72 teraflops in tests, against 35.86 for the Earth Simulator in Japan.',
      'The project cost $100m and employs 400 engineers at its Rochester plant, the company said.',
      'Sales of the machines rose 45% last year, to 1,200 units, and a further 3,000 are on order.',
    ].join('\n\n');
    const candidates = draftCandidates(text, {count: 30}).candidates;
    expect(candidates.length, 'the rest is asked').to.be.at.least(3);
    for (const c of candidates) {
      expect(c.prompt).to.not.match(/___ times faster\.$|those ___ Indians|^The comments came/);
      if (c.correct === '10-19%') expect(confidenceOf(c), 'a range is drafted, never asked').to.equal(0);
    }
  });
});

describe('the twenty-ninth measuring set’s patterns (m38)', () => {
  it('asks nothing of a subheading glued to its sentence ("Again SoonEthereum"), and drops "In stark contrast,"', () => {
    const text = [
      'Crypto markets rally',
      'Ethereum Could See $4,000 Again SoonEthereum (ETH) is currently priced at around $3,502.22, up 4% this week.',
      'In stark contrast, Bitcoin fell 2.5% to $61,200 as traders took profits after a record month.',
      'Trading volumes rose 35% to $98bn on Monday, the highest since March, data from CoinGecko showed.',
      'Solana gained 12% to $182 after a new exchange listing in Seoul.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30})
      .candidates.filter((c) => c.figure)
      .map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(3);
    for (const prompt of prompts) {
      expect(prompt).to.not.match(/SoonEthereum/);
      expect(prompt).to.not.match(/^In stark contrast/);
    }
    // A brand written as one word ("YouTube", "PlayStation") is no glued heading.
    expect(draftCandidates('Video sites grow\n\nViews of the PlayStation channel on YouTube rose 40% to 12 million in the year, Sony said on Monday.', {count: 30}).candidates.length).to.be.at.least(1);
  });
});

describe('the thirtieth measuring set’s patterns (m39)', () => {
  it('asks no year before 1800 read as a plain number ("Handel in ___", "since ___")', () => {
    const text = [
      'Parliament archive goes online',
      'There are details of foreign nationals made British citizens by act of Parliament, including composer George Frideric Handel in 1727.',
      'The archive holds copies of all acts passed since 1497, the records office said.',
      'Five years of work has produced an online catalogue of 3 million documents, costing £4.5m.',
      'Some 60,000 people used the catalogue in its first month, and 1,200 searches were made each day.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(3);
    for (const prompt of prompts) expect(prompt).to.not.match(/Handel in ___|since ___/);
  });

  it('asks nothing of a chart\'s caption ("Solid bars show ... with ___ samples")', () => {
    const text = [
      'New model reasons better',
      'Solid bars show pass@1 accuracy and the shaded region shows the performance of majority vote with 64 samples.',
      'The model scored 83% on the qualifying exam, against 13% for its predecessor.',
      'It ranks in the 89th percentile on competitive programming questions, and costs $15 per million tokens.',
      'Some 1,200 testers used it over 6 weeks before launch.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(2);
    for (const prompt of prompts) expect(prompt).to.not.match(/Solid bars/);
  });

  it('asks nothing of a heading glued after a figure ("by 9.3 SpotsBefore"), nor a negative figure without its sign', () => {
    const text = [
      'Backlinks lift search rankings',
      'Average Positions Improved by 9.3 SpotsBefore backlink placement, pages averaged position 32.3 in Google.',
      'The correlation improved from −0.75 to −0.86 after placement, the study found.',
      'Researchers examined 28,480 backlink placements across 13,002 landing pages over 12 months.',
      'Pages with the strongest links gained 41% more traffic, and 63% reached the first page.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(2);
    for (const prompt of prompts) expect(prompt).to.not.match(/SpotsBefore|−___/);
  });

  it('asks no fact of a paid promotion ("has been compensated ... for publicizing this content")', () => {
    const body = [
      'Token presale passes $1.6m',
      'The Cutoshi presale has raised $1.6 million, and the token is priced at $0.031 in its fourth stage.',
      'Shiba Inu was up 142% last year, and Pepe rose 35% in March, as meme coins rallied.',
      'The team plans a multichain exchange with 40 trading venues by 2026, its whitepaper says.',
    ];
    expect(draftCandidates(body.join('\n\n'), {count: 30}).candidates.length, 'the same text unpaid is asked').to.be.at.least(3);
    const paid = [...body, 'Benzinga has been compensated by Cutoshi for publicizing this content. This is not financial advice.'].join('\n\n');
    expect(draftCandidates(paid, {count: 30}).candidates.filter((c) => c.kind === 'fact')).to.deep.equal([]);
  });

  it('asks no figure a multiple and its base give ("reduced by 5X ... from $0.0001 to ___"), nor a whole a rank bounds', () => {
    const text = [
      'Cheaper embeddings',
      'Pricing for the small model has been reduced by 5X, from a price per 1k tokens of $0.0001 to $0.00002.',
      'India ranks 101st out of 116 countries in use per person, the report said.',
      'Users in India take 14.8 minutes to finish tasks with AI that would take 3.8 hours without it, a 15x speedup.',
      'The company now has 2 million developers on its platform, up 40% in a year, and 600 staff in 12 offices.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(2);
    for (const prompt of prompts) expect(prompt).to.not.match(/reduced by 5X|101st out of ___|15x speedup/);
  });

  it('never asks two figures offering the same choices, and nothing of presales or micro-cent prices', () => {
    const facts = [
      sureFact(0, 'Today, ___ of U.S. knowledge workers use AI at work, Stanford found.', '28%', ['40%', '31%', '43%'], {figure: true}),
      sureFact(1, 'Pew reports ___ of employed adults use AI chatbots for some tasks.', '40%', ['28%', '43%', '31%'], {figure: true}),
      sureFact(2, 'The survey of 2,000 workers found ___ want more training.', '61%', ['51%', '71%', '81%'], {figure: true}),
      sureFact(3, 'Companies spent ___ on AI tools last year, the report said.', '$4.2bn', ['$3.2bn', '$5.2bn', '$6.2bn'], {figure: true}),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' '));
    const keys = selectQuestions([], facts, 8, article, createRandom(1)).map(answerOf);
    expect(keys.length, 'a quiz is chosen').to.be.at.least(3);
    expect(keys.includes('28%') && keys.includes('40%'), keys.join(' | ')).to.be.false;
    const text = [
      'Meme coins rally',
      'Stage 4 of the presale has just started and the token is priced at just $0.031.',
      'Shiba Inu traded at $0.00002737 on Monday, up 4% in a day.',
      'Bitcoin rose 5% to $61,200, and trading volumes reached $98bn, the highest since March.',
      'Ether gained 7% to $3,500 as 40 million coins changed hands.',
    ].join('\n\n');
    const prompts = draftCandidates(text, {count: 30})
      .candidates.filter((c) => c.figure)
      .map((c) => c.prompt);
    expect(prompts.length, 'the rest is asked').to.be.at.least(2);
    for (const prompt of prompts) expect(prompt).to.not.match(/presale|Shiba Inu traded/);
  });
});
