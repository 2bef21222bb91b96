import {expect} from '@open-wc/testing';
import {draftCandidates} from '../../src/quiz/generate.js';
import {splitDateline} from '../../src/quiz/reading/article-text.js';
import {selectQuestions} from '../../src/quiz/choosing/select.js';
import {normalize} from '../../src/quiz/choosing/checks.js';
import {createRandom} from '../../src/quiz/random.js';
import type {Candidate} from '../../src/quiz/asking/candidate.js';
import {passingAnswers, sureFact} from './invariants.js';
import {kindCertainty} from '../../src/quiz/understanding/kinds.js';
import type {Entity} from '../../src/quiz/understanding/mentions.js';

// Rules drawn from the blind review m28 (measure19, read after its review); each case failed before its rule.

const sureFigure = (order: number, prompt: string, correct: string, distractors: string[]): Candidate => sureFact(order, prompt, correct, distractors, {figure: true});
const keyOf = (q: {choices: {id: string; text: string}[]; answer: string}) => q.choices.find((c) => c.id === q.answer)!.text;

describe('the nineteenth measuring set’s patterns (m28)', () => {
  it('asks no figure of a stock phrase: "eight out of ten", "the top ten", "24 hour", "20 cigarettes"', () => {
    const text = [
      'Eight out of 10 voters do not trust politicians to tell the truth, a new poll for the BBC has suggested.',
      'Other terms in the top 10 were related to the storms that struck Florida and Texas this autumn.',
      'Customers will be able to choose from 400 films on offer for a 24 hour rental, the company said on Monday.',
      'Mr Brown put 7p on 20 cigarettes and 4p on a bottle of wine, but froze fuel duty for 12 months.',
      'The poll of 1,240 adults found that 31% would still vote, while 52% said they would stay at home.',
    ].join(' ');
    const answers = passingAnswers(text);
    expect(answers.length, answers.join(' | ')).to.be.at.least(2);
    for (const stock of ['10', '24', '20']) expect(answers, answers.join(' | ')).to.not.include(stock);
  });

  it('asks no span of years ("from 1956-87"), whose stand-ins would run backwards or into the future', () => {
    const text =
      'The 75-year-old presented long-running show American Bandstand from 1956-87 and has since hosted game shows on ABC. About 20 million viewers watched his New Year show last year, the network said on Monday, and 3,000 guests attended.';
    expect(passingAnswers(text)).to.not.include('1956-87');
  });

  it('never blanks the number of a title ("21 Grams", "50 First Dates"), but asks "300 Britons"', () => {
    const text = [
      'Eternal Sunshine of the Spotless Mind and 21 Grams are vying for the best foreign film prize this year.',
      'New releases initially on offer will include 50 First Dates and Kill Bill, at a price of £3.50 each.',
      'The Foreign Office said 300 Britons had been flown home from Phuket by Tuesday night, and 40 were still missing.',
    ].join(' ');
    const answers = passingAnswers(text);
    expect(answers).to.not.include('21');
    expect(answers).to.not.include('50');
    expect(answers).to.include('300');
  });

  it('never leaves the key the only choice of its length ("$9.3bn" among $10.3bn, $11.3bn and $12.3bn)', () => {
    for (let seed = 0; seed < 12; seed++) {
      const text =
        'Yugansk was sold for $9.3bn in an auction last year to help Yukos pay off part of a $27bn tax bill, the court heard on Tuesday. The manufacturing sector continued to suffer, with 104,000 workers axed during the year, the agency said.';
      for (const candidate of draftCandidates(text, {count: 8, seed: `s${seed}`}).candidates.filter((c) => c.correct === '$9.3bn' || c.correct === '104,000')) {
        const digits = (choice: string) => /\d[\d,]*/.exec(choice)![0].replace(/,/g, '').length;
        expect(
          candidate.distractors.some((distractor) => digits(distractor) === digits(candidate.correct)),
          `${candidate.correct}: ${candidate.distractors.join(' / ')}`
        ).to.be.true;
      }
    }
  });

  it('asks no change in per cent that the stem’s two sums give ("rose ___ to $11.1bn from $10.9bn")', () => {
    const text = 'TimeWarner said fourth quarter sales rose 1.8% to $11.1bn from $10.9bn. Its film division saw profits slump 27% to $284m, helped by flops, and it now owns 5% of Google, the company said.';
    expect(passingAnswers(text)).to.not.include('1.8%');
  });

  it('reads "CHICAGO–(BUSINESS WIRE)–" as a dateline', () => {
    expect(splitDateline('CHICAGO–(BUSINESS WIRE)–Press Ganey today released its report.')).to.deep.equal({dateline: 'CHICAGO–(BUSINESS WIRE)', rest: 'Press Ganey today released its report.'});
  });

  it('takes a headline’s "quartet" as its four', () => {
    const facts = [
      sureFigure(0, '___ British athletes have been pre-selected to compete at the championships in March.', 'Four', ['Three', 'Five', 'Six']),
      sureFigure(1, 'Hickey finished in 12th place on his junior debut at the meeting in Brussels, reaching ___ points.', '320', ['280', '300', '340']),
      sureFigure(2, 'The team will race in the women’s 8km event, watched by ___ fans in the stadium.', '12,000', ['10,000', '14,000', '16,000']),
      sureFigure(3, 'Tickets for the championships cost ___ each, organisers said in a statement.', '£25', ['£15', '£20', '£30']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' '));
    const keys = selectQuestions([], facts, 8, article, createRandom(1), () => [], 'GB quartet get cross country call').map(keyOf);
    expect(keys.length, 'a quiz is chosen').to.be.at.least(3);
    expect(keys).to.not.include('Four');
  });

  it('takes no character who names a show ("Mary Poppins", "Harry Potter") for a person', () => {
    const person = (key: string) => ({key, type: 'person', words: key.split(' '), the: 0, sure: true}) as unknown as Entity;
    for (const key of ['Mary Poppins', 'Harry Potter', 'James Bond']) expect(kindCertainty(person(key)), key).to.be.below(0.5);
    expect(kindCertainty(person('Mary Peters'))).to.be.above(0.5);
  });

  it('asks no stem that leans on the sentence before: "The 32-year-old", "___ months later", "By comparison,"', () => {
    const text = [
      'Paula Radcliffe has been named in a squad of 40 athletes for the World Cross Country Championships in France.',
      'The 32-year-old will race alongside Jo Pavey in the women’s 8km race on 19 March, organisers said.',
      'Police seized 2,000 counterfeit discs in a raid on a market in Leeds on Tuesday.',
      'Eighteen months later US Customs co-ordinated a series of raids on warehouses in California.',
      'The new chip will run at speeds of 4.6GHz, the companies said on Monday.',
      'By comparison, rival chip maker Intel’s fastest processor runs at 3.8GHz.',
    ].join(' ');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(
      prompts.some((p) => /^The 32-year-old/.test(p)),
      prompts.join(' | ')
    ).to.be.false;
    expect(prompts.some((p) => /___ months later/.test(p))).to.be.false;
    expect(prompts.some((p) => /^By comparison/.test(p))).to.be.false;
    expect(
      prompts.some((p) => /^Rival chip maker Intel’s fastest processor runs at ___/.test(p)),
      prompts.join(' | ')
    ).to.be.true;
  });

  it('never asks a sum that another stem and its own give by subtraction ($16bn less $1bn)', () => {
    const facts = [
      sureFigure(0, 'SBC Communications expects to cut around ___ jobs following its $16bn takeover of AT&T.', '12,800', ['10,800', '14,800', '16,800']),
      sureFigure(1, 'The deal will be financed with ___ of shares as well as a $1bn special dividend paid to shareholders.', '$15bn', ['$10bn', '$20bn', '$25bn']),
      sureFigure(2, 'SBC said the merged firm would have annual sales of about ___ in its first full year.', '$71bn', ['$61bn', '$81bn', '$91bn']),
      sureFigure(3, 'About ___ of AT&T customers also buy SBC services, the company said.', '4%', ['2%', '6%', '8%']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' '));
    const keys = selectQuestions([], facts, 8, article, createRandom(1)).map(keyOf);
    expect(keys.length, 'a quiz is chosen').to.be.at.least(3);
    expect(keys.includes('12,800') && keys.includes('$15bn'), keys.join(' | ')).to.be.false;
  });
});

describe('the lower-floor trial’s patterns (label6, spent sets)', () => {
  const choicesOf = (text: string, key: string) => draftCandidates(text, {count: 30}).candidates.find((c) => c.correct === key);

  it('asks no name in a list of names, whose stand-ins another list may hold ("Alicia Keys, Velvet Revolver and ___")', () => {
    const text = [
      'The tsunami tribute song will also feature Alicia Keys, Dave Grohl and Tim McGraw, the organisers said on Monday.',
      'Across The Universe is sung by Bono, Stevie Wonder and Brian Wilson, and it was recorded in Los Angeles.',
      'Producer Phil Ramone said the single would raise about $5m for charity, while Quincy Jones praised the singers.',
      'Manager Paul McGuinness added that 40 artists had offered to sing and 12 had been chosen.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const name of ['Tim McGraw', 'Dave Grohl', 'Alicia Keys', 'Brian Wilson', 'Stevie Wonder']) expect(answers, answers.join(' | ')).to.not.include(name);
  });

  it('keeps "So far" whole, and asks no per cent that a move in points and a level give', () => {
    const text = 'So far a total of 6,000 ballot envelopes have been scanned, officials said on Tuesday. The Dow Jones closed down 0.89 points, or 0.01%, at 10,385.48 on Monday, while the Nasdaq rose 12%.';
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(
      prompts.some((p) => /^Far /.test(p)),
      prompts.join(' | ')
    ).to.be.false;
    expect(passingAnswers(text)).to.not.include('0.01%');
  });

  it('asks no sum beside its conversion in US dollars, nor a price a move and its per cent give', () => {
    const text =
      'The Labs needed about 10 million euros (US$13 million) a year to keep going, the director said on Friday. Barclays shares were up 8 pence, or 1.3%, at 605 pence, while 1,200 jobs will go at branches in Leeds.';
    const answers = passingAnswers(text);
    expect(answers).to.not.include('10 million');
    expect(answers).to.not.include('605');
  });

  it('asks no count the list after it spells out, items with a "the" or a bracket included', () => {
    const text =
      'The Indian mobile market is dominated by four companies, Bharti Televentures (Airtel), Essar, the Sterling group and the Tata group, the regulator said on Monday. Subscriber numbers rose 35% to 48 million last year.';
    expect(passingAnswers(text)).to.not.include('four');
  });

  it('asks no stock figure: "the world’s 500 largest companies", "the bottom 50%", "the 11 September 2001 attacks"', () => {
    const text = [
      'Bosses of more than a fifth of the world’s 500 largest companies are scheduled to attend the forum in Davos this week.',
      'Under the 2017 tax cuts, the net worth of the bottom 50% of households rose by $2.1 trillion, the Treasury said.',
      'Since the 11 September 2001 attacks in the United States, airlines have cut 120,000 jobs, the union said on Monday.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const stock of ['500', '50%', '11 September 2001']) expect(answers, answers.join(' | ')).to.not.include(stock);
  });

  it('asks no far end of a span the stem opens ("between three and ___", "a 2% to ___ rise")', () => {
    const text =
      'The Library receives between three and four million requests each year, the director said on Monday. BA had previously forecast a 2% to 3% rise in revenue, but now expects sales to grow by 6.5% to £7.8bn.';
    const answers = passingAnswers(text);
    expect(answers).to.not.include('four million');
    expect(answers).to.not.include('3%');
  });

  it('moves a quarter-point rate in quarter points, a memory size in powers of two, and writes no "$1016 million"', () => {
    const rate = choicesOf('The Fed raised its main interest rate to 2.25% on Tuesday, and analysts expect 3.5% growth this year, the bank said.', '2.25%');
    expect(rate, 'a 2.25% candidate').to.not.equal(undefined);
    for (const d of rate!.distractors) expect((parseFloat(d) * 100) % 25, d).to.equal(0);
    const ssd = choicesOf('Most AI laptops now ship with 16GB of RAM and a 256GB SSD as the new baseline, while prices start at $1,000, the analyst firm said on Monday.', '256GB');
    expect(ssd, 'a 256GB candidate').to.not.equal(undefined);
    for (const d of ssd!.distractors) expect(Number.isInteger(Math.log2(parseInt(d))), d).to.be.true;
    for (let seed = 0; seed < 8; seed++)
      for (const c of draftCandidates('Boeing said it had won orders worth $916 million from airlines in India on Tuesday, and 1,200 jobs would be created in Seattle.', {count: 30, seed: `s${seed}`}).candidates)
        for (const d of c.distractors) expect(d).to.not.match(/\$\d{4} million/);
  });
});

describe('trivia reviewers keep naming (m28, label6)', () => {
  it('asks no survey’s sample size, no market tick at an hour, and no code of digits', () => {
    const text = [
      'YouGov polled a weighted sample of 1,981 voters online, and 43% said they would back Labour, the firm said.',
      'By 1650 GMT, the dollar was trading at $1.3280 against the euro, while gold rose 2% to $430 an ounce.',
      'Investors can hear the call again by entering replay access code 5018166, the company said on Monday.',
      'Ericsson interviewed 14,000 mobile phone owners in 14 countries, and found 60% used a camera phone.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const trivia of ['1,981', '$1.3280', '5018166', '14,000']) expect(answers, answers.join(' | ')).to.not.include(trivia);
    expect(answers, answers.join(' | ')).to.include('43%');
  });
});

describe('general knowledge (m28)', () => {
  it('asks no holder of a top office named by it ("Tory leader ___"), but asks "Mr ___ told MPs"', () => {
    const text =
      "Tory leader Michael Howard predicted the Budget would do nothing to help Labour's faltering campaign on Wednesday. Lib Dem leader Charles Kennedy criticised Mr Brown for failing to mention the ticking bomb of council tax revaluation. SNP leader Alex Salmond said Scotland had been ignored, and UKIP's Roger Knapman called the Budget a con. Mr Brown told MPs child benefit would rise to £63 a week, and stamp duty would start at £120,000.";
    const candidates = draftCandidates(text, {count: 30}).candidates;
    const leaders = candidates.filter((c) => ['Michael Howard', 'Charles Kennedy', 'Alex Salmond'].includes(c.correct)).map((c) => c.prompt);
    expect(leaders, leaders.join(' | ')).to.deep.equal([]);
    expect(candidates.some((c) => /Mr ___ told MPs/.test(c.prompt))).to.be.true;
  });
});

describe('the twentieth measuring set’s patterns (m29, read after its review)', () => {
  it('asks no fraction said in words, no figure number, no count of an article’s own points', () => {
    const text = [
      'Nearly three out of four girls said they used make-up, and British children earned £1,250 a year on average, the report found.',
      'Figure 3 depicts the change in employment in power generation, which rose 4.2% to 860,000 jobs last year.',
      'There are three main takeaways from the latest report on energy jobs, which was published on Tuesday in Washington.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const layout of ['four', '3', 'three']) expect(answers, answers.join(' | ')).to.not.include(layout);
    expect(answers.length, answers.join(' | ')).to.be.at.least(2);
  });

  it('asks no per cent a move in money and the level give, no whole a part bounds, no count a bracket spells out', () => {
    const text = [
      'Shares in Krispy Kreme sank 14.87% - or $1.83 - to close at $10.48 on the news, while the firm cut 700 jobs.',
      'The car business has made an operating loss in five of the last six years, Fiat said as it reported sales of 2.1 million cars.',
      'The API integrates all three modalities (text, audio, vision) cleanly, and answers in 320 milliseconds on average.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['14.87%', 'six', 'three']) expect(answers, answers.join(' | ')).to.not.include(given);
  });

  it('asks no figure whose choices would differ by their "a" or "an" ("an 8%" among "a 6%", "a 7%")', () => {
    for (let seed = 0; seed < 6; seed++)
      for (const c of draftCandidates('France Telecom said it would fund the deal by selling an 8% stake in its mobile arm, which has 45 million customers.', {count: 30, seed: `s${seed}`}).candidates) {
        const articles = new Set([c.correct, ...c.distractors].map((choice) => /^(?:an?|the)\s/i.exec(choice)?.[0].toLowerCase()));
        expect(articles.size, [c.correct, ...c.distractors].join(' / ')).to.equal(1);
      }
  });

  it('asks no name read with the role that opens its sentence ("Prop Phil Vickery")', () => {
    const text =
      'Prop Phil Vickery and lock Simon Shaw return to the England squad for the Six Nations, coach Andy Robinson said. Ben Cohen, George Chuter and Matt Dawson are also named in the squad of 32 players, which meets in Leeds on Monday.';
    expect(draftCandidates(text, {count: 30}).candidates.filter((c) => /^Prop /.test(c.correct))).to.deep.equal([]);
  });

  it('asks no figure that the headline’s figure and the stem’s give by subtraction', () => {
    const facts = [
      sureFigure(0, '35 of the companies sued on Thursday are Italian while the remaining ___ are international.', '10', ['8', '12', '14']),
      sureFigure(1, 'Parmalat is seeking damages of ___ from the banks, its administrator said.', '€2bn', ['€1bn', '€3bn', '€4bn']),
      sureFigure(2, 'The dairy group collapsed in December 2003 with debts of ___.', '€14bn', ['€10bn', '€12bn', '€16bn']),
      sureFigure(3, 'Its administrator has recovered ___ of the missing funds so far.', '20%', ['10%', '30%', '40%']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' '));
    const keys = selectQuestions([], facts, 8, article, createRandom(1), () => [], 'Parmalat sues 45 banks over crash').map(keyOf);
    expect(keys.length, 'a quiz is chosen').to.be.at.least(3);
    expect(keys).to.not.include('10');
  });
});

describe('the twentieth measuring set’s patterns, continued (m29)', () => {
  it('asks no share its words bound, no rate’s base, no figure of a period the stem does not name, no count a long-led list spells out', () => {
    const text = [
      'More than two-thirds of those questioned, 68%, said they would switch, and 1,200 people took part, the survey found on Monday.',
      'The UK has now surpassed Germany in terms of broadband users per 100 people, with 9.4 million homes connected.',
      'IBM has received 25,772 US patents in that period and reportedly has more than 40,000 current patents, the firm said.',
      'The handheld faces competition from three established names in mobile gaming: Nintendo, Nokia and Sony, analysts said.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['68%', '100', '25,772', 'three']) expect(answers, answers.join(' | ')).to.not.include(given);
    expect(answers.length, answers.join(' | ')).to.be.at.least(1);
  });
});

describe('stems that lean on what came before (m29)', () => {
  it('drops "For example," and "Second," from a stem, and asks no "___ of them"', () => {
    const text = [
      'Clean energy jobs grew 3.9% last year, against 3.8% for all energy jobs, the report said on Monday.',
      'For example, transmission and storage jobs associated with clean energy increased by 4.0% over the year.',
      'Second, women accounted for over half of net energy jobs added, with a 7.8% gain in employment.',
      'Most firms polled said they had moved work abroad. Only 12% of them say that saving money is the main reason.',
    ].join(' ');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(
      prompts.some((p) => /^(?:For example|Second),/.test(p)),
      prompts.join(' | ')
    ).to.be.false;
    expect(
      prompts.some((p) => /^Transmission and storage jobs/.test(p)),
      prompts.join(' | ')
    ).to.be.true;
    expect(passingAnswers(text)).to.not.include('12%');
  });
});

describe('the twenty-first measuring set’s patterns (m30, read after its review)', () => {
  it('asks no start of an age span, no closing minutes, no "years on", no figure of "that new cost"', () => {
    const text = [
      'A £3 per hour minimum wage was introduced last October for 16 to 17-year-olds, and 1.3 million workers will gain.',
      'Inside the last 10 minutes, England poured forward, but the Irish defence held firm in front of 82,000 fans.',
      'Ireland last won the title in 1985, but 20 years on they share top spot with France after beating England.',
      'Mr Cable compared that new cost with the £4bn needed for the first Gulf War, and said 9,000 troops were deployed.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['16', '10', '20', '£4bn']) expect(answers, answers.join(' | ')).to.not.include(given);
  });

  it('asks no player who went off, and no stem whose subject is a description of someone unnamed', () => {
    const text = [
      'Barry Everitt, who replaced Alex King late in the game, added the conversion for Wasps, while Josh Lewsey and Rob Hoadley scored tries and Simon Shaw won line-outs.',
      'The Northern Ireland athlete went off at a startling pace but held off Jimmy Watkins to win in one minute, 48.6 seconds, in front of 4,000 fans.',
    ].join(' ');
    const candidates = draftCandidates(text, {count: 30}).candidates;
    expect(candidates.filter((c) => c.correct === 'Alex King').map((c) => c.prompt)).to.deep.equal([]);
    expect(candidates.filter((c) => /^The Northern Ireland athlete/.test(c.prompt)).map((c) => c.prompt)).to.deep.equal([]);
  });
});

describe('labels, conversions and glued headings (m30)', () => {
  it('asks no label’s number ("Measure ___", "Unit ___", "___ Industrial Park"), no full circle, no amount its other units give', () => {
    const text = [
      'Measure 4 has to do with legalizing recreational marijuana, and 62% of voters backed it in a poll of likely voters.',
      'Unit 113 exemplifies the firm’s dedication to commercial space, and 45 businesses have leased space there.',
      '817 Industrial Park and Mouser Self Storage are managed by RDS Real Estate, which employs 120 people.',
      'The camera can swivel 360 degrees, and the device weighs 86 grams, the company said on Tuesday.',
      'The IMF has 3,217 tonnes of gold, or about 113.5m ounces, and the US holds 8,133 tonnes.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const label of ['4', '113', '817', '360', '3,217', '113.5m']) expect(answers, answers.join(' | ')).to.not.include(label);
    expect(answers.length, answers.join(' | ')).to.be.at.least(2);
  });

  it('asks nothing of a boilerplate heading glued to its sentence ("About TORRAS Founded in 2012")', () => {
    const text =
      'TORRAS launched two cases for the Galaxy Z Fold 7 on Monday, priced at $59 and $79. About TORRAS Founded in 2012, TORRAS has become a global leader in design, with over 100 million users in 148 countries.';
    expect(draftCandidates(text, {count: 30}).candidates.filter((c) => /^About TORRAS/.test(c.prompt))).to.deep.equal([]);
  });
});

describe('the twenty-second measuring set’s patterns (m31)', () => {
  it('asks no count of US states a reader knows or a dash list spells out, and no far end of "42 to ___ states"', () => {
    const text = [
      'The app is now used by nurses in all 50 states and six countries, and has 30,000 users, the company said.',
      'Only three states—Alaska, Delaware, and West Virginia—have no billionaire residents, while 902 billionaires live in the US.',
      'The billionaires are spread across 42 to 47 states, and their wealth rose 12% to $6.7 trillion last year.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['50', 'three', '47']) expect(answers, answers.join(' | ')).to.not.include(given);
  });
});

describe('the twenty-second measuring set’s patterns, continued (m31)', () => {
  it('asks no move its per cent and level give, no "two to ___", no year of accounts, no figure grouped with points', () => {
    const text = [
      'Shares in Wembley were up 56 pence, or 7.6%, at 797p, after the firm sold 14 sites for £98m.',
      'The deal should go through in the next two to three months, and 4,500 staff will transfer, the firm said.',
      'Borussia Dortmund posted a record loss of 67.7m euros in the 12 months through June, with 1,200 jobs at risk.',
      'Un archivo de 400 líneas reescrito consume unos 2.000 tokens de salida, según el autor, y cuesta 3 dólares.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['56', 'three', '12', '2.000']) expect(answers, answers.join(' | ')).to.not.include(given);
  });
});

describe('counts and titles (m31)', () => {
  it('asks no count a dash list spells out, no number of a possessive title, no chart size', () => {
    const text = [
      'Film sequel Shrek 2 took three prizes - voted top animated movie, top film comedy and top sequel, organisers said.',
      'A remake of the 1960s film, Ocean’s Eleven was directed by Steven Soderbergh and took $183m worldwide.',
      'Rounding out the top five was the comedy Meet the Fockers, which took $19.3m in its fourth weekend.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['three', 'Eleven', 'five']) expect(answers, answers.join(' | ')).to.not.include(given);
  });

  it('reads "male" and "female" in the stem as the blank’s sex', () => {
    const text =
      'Johnny Depp was voted favourite male movie star at the People’s Choice Awards in Los Angeles on Sunday. Julia Roberts, Mel Gibson, Michael Moore and Tom Hanks were among the other winners, and Nicole Kidman presented.';
    for (const c of draftCandidates(text, {count: 30}).candidates.filter((c) => c.correct === 'Johnny Depp')) expect(c.distractors, c.prompt).to.not.include('Julia Roberts');
  });
});

describe('caption and credit words (quiz-check’s page furniture)', () => {
  it('asks nothing from a sentence that speaks of a photo, an image or a credit', () => {
    const text = [
      'The chancellor unveiled a one-off £200 council tax refund for pensioners and a rise in child tax credit.',
      'Out of all submitted attempts, 6% of harmful text and 5% of harmful image-text input were successful jailbreaks.',
      'The bank cut its main interest rate to 4.5% on Thursday, and 1,200 jobs will go at its branches.',
    ].join(' ');
    const prompts = draftCandidates(text, {count: 30}).candidates.map((c) => c.prompt);
    expect(
      prompts.some((p) => /credit|image/.test(p)),
      prompts.join(' | ')
    ).to.be.false;
    expect(
      prompts.some((p) => /interest rate/.test(p)),
      prompts.join(' | ')
    ).to.be.true;
  });
});

describe('charts and targets (m31)', () => {
  it('asks no chart size ("Nine of the ___ biggest-selling games") and no target date after "by"', () => {
    const text = [
      'Nine of the 20 biggest-selling games in the UK last year were published by EA, which sold 27 titles in 2004.',
      'Nintendo is expected to sell around five million of the DS by March 2005, the company said on Sunday, and it costs $149.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['20', 'March 2005']) expect(answers, answers.join(' | ')).to.not.include(given);
  });
});

describe('a sum its change and base give (m32)', () => {
  it('asks no sum after a change in per cent with its base ("a 52% rise ... to ___ from £130m")', () => {
    const text = 'Reuters beat forecasts, posting a 52% rise in profits for the year to £198m from the £130m seen a year earlier. The firm will cut 3,000 jobs and move 1,200 staff to Canary Wharf by 2006, it said.';
    expect(passingAnswers(text)).to.not.include('£198m');
  });
});

describe('press-release and "only" patterns (m32)', () => {
  it('asks no release date, no hold period, no count a price and a total give', () => {
    const text = [
      'On September 18, 2024, Military Metals Corp. announced the appointment of Scott Eldridge as its new Chief Executive Officer.',
      'All securities issued are subject to a statutory hold period of four months plus one day, the company said.',
      'The Company issued 67,538 units at a price of C$6.50 per Unit, for gross proceeds of approximately C$439,000.',
      'The mine produced 12,000 ounces of antimony last year and employs 240 people in Idaho.',
    ].join(' ');
    const answers = passingAnswers(text);
    for (const given of ['September 18, 2024', 'four', '67,538']) expect(answers, answers.join(' | ')).to.not.include(given);
  });

  it('never makes the key the smallest choice when the stem calls it small ("Only ___ of Britons")', () => {
    for (let seed = 0; seed < 12; seed++)
      for (const c of draftCandidates('Only 25% of Britons said a digital camera would be their top gadget purchase this year, the survey of 2,000 adults found.', {count: 30, seed: `s${seed}`}).candidates.filter(
        (c) => c.correct === '25%'
      ))
        expect(
          c.distractors.some((d) => parseFloat(d) < 25),
          c.distractors.join(' / ')
        ).to.be.true;
  });
});

describe('the twenty-fourth measuring set’s patterns (m33, tested, not measured)', () => {
  it('asks no start of a span the stem ends ("every ___ to five days")', () => {
    const text = 'Customers were getting hit every four to five days by attacks, the security firm said, and 120 sites were taken offline in 2004 at a cost of £2m.';
    expect(passingAnswers(text)).to.not.include('four');
  });

  it('never asks a figure beside a question whose every choice holds it ("February 2003")', () => {
    const facts = [
      sureFigure(0, 'Ms Kite began to work for Mr Jackson in ___, after the film was televised in the US.', 'February 2003', ['February 2000', 'February 2001', 'February 2002']),
      sureFigure(1, 'She said she had received a phone call on ___ from his spokesman about the film.', '12 February 2003', ['10 February 2003', '11 February 2003', '13 February 2003']),
      sureFigure(2, 'The trial is expected to last ___ months, the court heard on Monday.', 'five', ['four', 'six', 'seven']),
      sureFigure(3, 'The costs of the trial range up to ___ of local taxpayers’ money, officials said.', '$4m', ['$3m', '$5m', '$6m']),
    ];
    const article = normalize(facts.map((f) => f.evidence).join(' '));
    const keys = selectQuestions([], facts, 8, article, createRandom(1)).map(keyOf);
    expect(keys.length, 'a quiz is chosen').to.be.at.least(3);
    expect(keys.includes('February 2003') && keys.includes('12 February 2003'), keys.join(' | ')).to.be.false;
  });
});
