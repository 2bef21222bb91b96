import {expect} from '@open-wc/testing';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';
import {CONFIDENCE_THRESHOLD, confidenceOf} from '../../src/quiz/choosing/confidence.js';
import {findFigures} from '../../src/quiz/understanding/figures.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {nameStandIns} from '../../src/quiz/asking/distractors.js';
import {stutters} from '../../src/quiz/choosing/checks.js';
import {kindOf} from '../../src/quiz/understanding/kinds.js';
import {contextFor, passingAnswers} from './invariants.js';

// Rules drawn from what reviewers marked GIVEAWAY, TRIVIAL or BROKEN: each case failed before its rule.

describe('choices a reader cannot rule out at sight', () => {
  it('takes stand-ins of the answer’s own gender when the stem pairs it with someone of that gender', () => {
    const analysis = analyze([
      'Roger Federer beat Andy Roddick in the final of the Masters Cup in Houston.',
      'Roddick said he had been outplayed from the first game.',
      'Federer said he was delighted with his serve.',
      'Lleyton Hewitt, who lost his semi-final, said he was tired.',
      'Maria Sharapova won the women’s title, and she thanked her coach.',
      'Serena Williams said she would return next season.',
    ]);
    const mention = analysis.mentions[0].find((m) => m.key === 'Andy Roddick')!;
    const context = contextFor(analysis, 0, mention.start, mention.end);
    const standIns = nameStandIns(analysis, analysis.entities.get('Andy Roddick')!, context).map((e) => e.key);
    expect(standIns).to.include('Lleyton Hewitt');
    expect(standIns).to.not.include('Maria Sharapova');
    expect(standIns).to.not.include('Serena Williams');
  });

  it('does not blank a number word that is part of a name: "The Three Wise Men"', () => {
    expect(findFigures('The Three Wise Men came to the town on a float in the parade.').map((m) => m.text)).to.not.include('Three');
    expect(findFigures('The deal makes Apple one of the Big Four in the market.').map((m) => m.text)).to.not.include('Four');
    expect(findFigures('Three men were arrested after the raid on Sunday.').map((m) => m.text)).to.include('Three');
  });
});

describe('figures within what the story allows', () => {
  it('keeps a finely quoted figure’s neighbours a few per cent away', () => {
    const text = [
      'Dollar hovers around record lows',
      '',
      'The US dollar hovered close to record lows against the euro on Friday as concern grew about the budget deficit. The dollar was trading at $1.3652 versus the euro on Friday morning after the Chicago figures disappointed investors. Analysts predict that the dollar will remain weak in 2005 as investors worry about the state of the US economy.',
    ].join('\n');
    const candidate = draftCandidates(text).candidates.find((c) => c.correct === '$1.3652');
    expect(candidate, 'a candidate asks for the rate').to.exist;
    for (const distractor of candidate!.distractors) expect(Math.abs(Number(distractor.slice(1)) / 1.3652 - 1), distractor).to.be.below(0.1);
  });

  it('moves a side’s head count one at a time, never past a full side', () => {
    const text = [
      'Frothers battle on with ten men',
      '',
      'The Frothers lost 3-0 to Rovers on Sunday at Hackney Marshes after an early injury to their captain. Down to 10 men with 80 minutes to go, the Frothers defended deep and held out until half-time. Rovers scored twice in the last 15 minutes of the match to seal the win for the league leaders.',
    ].join('\n');
    const candidate = draftCandidates(text).candidates.find((c) => c.correct === '10' && c.prompt.includes('Down to ___ men'));
    expect(candidate, 'a candidate asks "Down to ___ men"').to.exist;
    for (const distractor of candidate!.distractors) {
      expect(Number(distractor)).to.be.at.most(11);
      expect(Math.abs(Number(distractor) - 10)).to.be.at.most(4);
    }
  });
});

describe('what reviewers marked trivial or broken', () => {
  const MATCH = [
    'Rovers edge Town in cup thriller',
    '',
    'Rovers beat Town 3-2 in the cup final at Hampden on Sunday to lift their first trophy in a decade. Dudek made a fantastic double save on 54 minutes to keep Rovers level at 1-1. Town striker Ian Baker hit the post 20 minutes into extra-time before the decisive goal arrived. Rovers captain Tom Hill scored the winner with 4 minutes remaining after a long throw from Paul Reid. The club had sold 32,000 tickets for the final, its largest crowd since the stadium opened.',
  ].join('\n');

  it('does not ask the clock of a match’s passing moments', () => {
    const asked = generateQuiz(MATCH, {count: 30}).questions.map((q) => q.choices.find((c) => c.id === q.answer)!.text);
    for (const minute of ['54', '20', '4']) expect(asked).to.not.include(minute);
  });

  it('drops a stem that keeps a source’s stutter', () => {
    expect(stutters('Owen revelled in his return to the to the Real Madrid line-up.')).to.be.true;
    expect(stutters('He won the the final.')).to.be.true;
    expect(stutters('He said that that deal had had its day.')).to.be.false;
  });

  it('asks no name whose stand-ins the article never names, and never offers the story’s own team as a rival', () => {
    const text = [
      'Real Madrid ease past Betis',
      '',
      'Michael Owen started his third successive La Liga match and scored as Real Madrid beat Real Betis 3-1 on Wednesday. Real Madrid had been shaken by consecutive losses to Sevilla and Barcelona in the previous week. Coach Vanderlei Luxemburgo said his side had finally found its rhythm. Roberto Carlos and Ivan Helguera also scored for the home side at the Bernabeu.',
    ].join('\n');
    const candidates = draftCandidates(text, {count: 30}).candidates;
    expect(
      candidates.find((c) => c.correct === 'La Liga'),
      'the league, with only leagues the article never names'
    ).to.not.exist;
    for (const c of candidates) expect(c.distractors, c.prompt).to.not.include('Real Madrid');
  });
});

describe('names read whole', () => {
  it('does not take a sentence’s opening word run into a given name for a person: "Enter Ryan and Jacob"', () => {
    const analysis = analyze(['Enter Ryan and Jacob, making eyes at each other and forgetting the ball.', 'Ryan did not save the penalty, and he knew it.', 'Gavin Henson scored twice, and he said he was delighted.']);
    expect(analysis.entities.get('Enter Ryan')?.type).to.not.equal('person');
    expect(analysis.entities.get('Gavin Henson')?.type).to.equal('person');
  });

  it('takes a party named by its members ("the Liberal Democrats") for an organisation, not a person', () => {
    const analysis = analyze(['The Liberal Democrats are promising to raise the stamp duty threshold.', 'The Liberal Democrats said the plan would help first-time buyers.']);
    expect(analysis.entities.get('Liberal Democrats')?.type).to.equal('org');
  });

  it('does not trust a firm that only "said" to be a person: it can be no key and no stand-in', () => {
    const analysis = analyze([
      'Reports say the bid was approved by the board on Monday.',
      'Deutsche Boerse said its planned offer was fair to its shareholders.',
      'Laura Benning said the offer undervalued the exchange.',
    ]);
    const firm = analysis.entities.get('Deutsche Boerse')!;
    expect(firm.type).to.equal('person');
    // Even with every other signal perfect, a key this unsure stays under the gate.
    expect(kindOf(firm, analysis).strength).to.be.below(CONFIDENCE_THRESHOLD);
    expect(kindOf(analysis.entities.get('Laura Benning')!, analysis).strength).to.equal(1);
    // "she" is a person's sign, as "said" is not: such a person may still stand in beside one sure of.
    const player = analyze(['Kim Clijsters said she was proud of her fortnight in Paris.', 'The crowd cheered.']);
    expect(kindOf(player.entities.get('Kim Clijsters')!, player).strength).to.be.above(kindOf(firm, analysis).strength);
  });

  it('rates play-by-play, made-up examples and bios in passing below the gate', () => {
    const report = [
      'Rovers edge Town in cup thriller',
      '',
      "Rovers beat Town 3-2 in the cup final at Hampden on Sunday to lift their first trophy in a decade. Town had a shot from 30 yards saved by the Rovers keeper after a promising break down the left wing. Rovers sold 32,000 tickets for the final, the largest crowd at the stadium since it was rebuilt in 1999. The club will receive £2m in prize money from the cup's sponsors, the league said.",
    ].join('\n');
    const passes = (text: string, answer: string) => draftCandidates(text, {count: 30}).candidates.some((c) => c.correct === answer && confidenceOf(c) >= CONFIDENCE_THRESHOLD);
    expect(passes(report, '30'), 'a saved shot').to.be.false;
    expect(passes(report, '£2m'), 'the story’s own figure').to.be.true;
    const guide = [
      'Slow travel catches on',
      '',
      'Instead of a whirlwind tour of five cities in seven days, consider spending a full week in one town. Nikolai Nolan, who has run the Slow Travel Awards for the past five years, told the BBC that bookings rose by 40% in 2024. Rail operators in France and Italy reported 12 million extra passengers in 2024, the International Union of Railways said.',
    ].join('\n');
    expect(passes(guide, 'five'), 'a made-up example, or a bio in passing').to.be.false;
    expect(passes(guide, '40%'), 'the story’s own figure').to.be.true;
  });

  it('does not ask a standing target, which general knowledge answers', () => {
    const text = [
      'Fed holds rates steady',
      '',
      'The Federal Reserve held its benchmark rate at 4.25% on Wednesday, as policymakers weighed stubborn inflation against a cooling economy. The committee needs greater confidence that inflation is moving toward the 2% target before cutting. Unemployment remains low at 4.1%, giving the Fed room to be patient, Chair Jerome Powell said.',
    ].join('\n');
    const asked = draftCandidates(text, {count: 30})
      .candidates.filter((c) => confidenceOf(c) >= CONFIDENCE_THRESHOLD)
      .map((c) => c.correct);
    expect(asked).to.not.include('2%');
    expect(asked).to.include('4.1%');
  });

  it('never asks a press release’s dateline, and keeps it out of the stem', () => {
    for (const dateline of ['ARLINGTON, VA, March 21, 2024 /24-7PressRelease/ -- ', 'SAN JOSE, Calif.--(BUSINESS WIRE)--']) {
      const text = [
        'Refugee council marks 40 years',
        '',
        `${dateline}The Ethiopian Community Development Council said it resettled 4,200 refugees last year through its network of partner groups. The council runs 14 local offices across the United States and employs 250 caseworkers. Its annual gala in Washington raised $1.2m for housing grants, the council said.`,
      ].join('\n');
      for (const candidate of draftCandidates(text, {count: 30}).candidates) {
        expect(candidate.correct, candidate.prompt).to.not.match(/March 21|2024|Arlington|San Jose/i);
        expect(candidate.prompt, candidate.prompt).to.not.match(/PressRelease|BUSINESS WIRE|^ARLINGTON|^SAN JOSE/);
      }
      if (dateline.startsWith('SAN JOSE')) expect(draftCandidates(text, {count: 30}).candidates.some((c) => c.prompt.startsWith('The Ethiopian'))).to.be.true;
    }
  });

  it('offers an opponent of the winner’s sex, though the article never says the answer’s', () => {
    const analysis = analyze([
      'Roger Federer got the better of Lleyton Hewitt in the final of the Masters Cup in Houston.',
      'Federer said he was delighted with his serve.',
      'Lleyton Hewitt said the crowd in Houston had been fair.',
      'Marat Safin reached the semi-finals for the first time.',
      'Svetlana Kuznetsova won the US Open, and she thanked her coach.',
      'Anastasia Myskina said she would defend her French Open title.',
    ]);
    const mention = analysis.mentions[0].find((m) => m.key === 'Lleyton Hewitt')!;
    const context = contextFor(analysis, 0, mention.start, mention.end);
    const standIns = nameStandIns(analysis, analysis.entities.get('Lleyton Hewitt')!, context).map((e) => e.key);
    expect(standIns).to.not.include('Svetlana Kuznetsova');
    expect(standIns).to.not.include('Anastasia Myskina');
  });

  it('reads "The 3 Wise Men" as a name and "Mark Ave" as no person', () => {
    expect(findFigures('The 3 Wise Men played at centre back for most of the game.').map((m) => m.text)).to.not.include('3');
    expect(findFigures('Federer won 3 Grand Slams in a single season.').map((m) => m.text)).to.include('3');
    expect(analyze(['The Frothers beat Mark Ave 6-2 on Sunday.', 'Mark Ave scored first.']).entities.get('Mark Ave')?.type).to.not.equal('person');
  });

  it('does not ask a match’s length or a compatriot, which general knowledge answers', () => {
    const passing = passingAnswers;
    const report = [
      'Frothers edge Loko',
      '',
      'The Frothers beat Loko 3-2 on Sunday after a frantic 90 minutes at Hackney Marshes, with two goals in the last ten minutes. The keeper saved a penalty before half-time, and the striker scored twice after the break. About 400 fans watched from the stand, the largest crowd of the season.',
    ].join('\n');
    expect(passing(report)).to.not.include('90');
    // (Nor the result: blind reviews passed 2 of 10, see UNASKED_FACT_TYPES.)
    expect(passing(report)).to.not.include('3-2');
    const final = [
      'Belgians rule Paris',
      '',
      'Laura Benning beat compatriot Sarah Collins in the French Open final on Saturday. Sarah Collins said she was proud of her fortnight. Emma Hale said she was tired after her semi-final. Anna Marsh said she would return next year. Karen Doyle said she had learned a lot in Paris.',
    ].join('\n');
    expect(passing(final)).to.not.include('Sarah Collins');
  });
});
