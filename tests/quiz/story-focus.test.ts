import {expect} from '@open-wc/testing';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';
import {CONFIDENCE_THRESHOLD, confidenceOf} from '../../src/quiz/choosing/confidence.js';
import {analyze, contentWords} from '../../src/quiz/understanding/entities.js';
import {storySubjects} from '../../src/quiz/understanding/importance.js';
import {checkCandidate, normalize, unbalancedQuotes} from '../../src/quiz/choosing/checks.js';
import type {Candidate} from '../../src/quiz/asking/candidate.js';

const answerOf = (q: {choices: {id: string; text: string}[]; answer: string}) => q.choices.find((c) => c.id === q.answer)!.text;

const ELECTION = [
  'Moreno names election seat target',
  '',
  "Former chat show host Daniel Moreno is to contest the seat of Eastfield at the next general election. Labour's Helen Carter won the seat in 1997 and has a 6,932 majority. The Liberal Democrats took 18% of the vote in Eastfield in 2001, when the Conservatives came second. The town needs a new bypass and more police officers, Conservative candidate Peter Lang said. The new party plans to field 120 candidates across England, with its manifesto due in March. Party treasurer Anna Ruiz has raised £350,000 for the campaign so far.",
].join('\n');

describe('what the story is about', () => {
  it('takes the names the headline gives (by any of their words) and a profile’s subject as the story’s subjects', () => {
    const sentences = ['Former host Daniel Moreno will stand in Eastfield.', 'Helen Carter holds the seat.', 'Anna Ruiz raised £350,000.'];
    expect([...storySubjects(analyze(sentences), new Set(contentWords('Moreno names seat target')), sentences.length)]).to.deep.equal(['Daniel Moreno']);
    // A person in most of the story, though the headline does not name them, is its subject too.
    const profile = ['Gavin Henson kicked the winning penalty.', 'Henson is 23.', 'Wales beat England 11-9.', 'Henson was twice repelled.', 'Henson tackled Mathew Tait.', 'The crowd sang.'];
    expect([...storySubjects(analyze(profile), new Set(contentWords('Wales hails new superstar')), profile.length)]).to.have.members(['Wales', 'Gavin Henson']);
  });

  it('never asks for a name the headline gives: a reader who saw only the headline would pick it', () => {
    const quiz = generateQuiz(ELECTION, {count: 8});
    expect(quiz.questions.length).to.be.at.least(3);
    expect(quiz.questions.map(answerOf)).to.not.include('Daniel Moreno');
  });

  it('does not blank who spoke: attribution is not the story', () => {
    const quiz = generateQuiz(ELECTION, {count: 8});
    expect(quiz.questions.map(answerOf)).to.not.include('Peter Lang');
  });

  const JAPAN = [
    'Japan economy slides to recession',
    '',
    'The Japanese economy has officially gone into recession for the fourth time in a decade. Gross domestic product fell by 0.1% in the last three months of 2004. Figures released by the government showed that GDP, on an annualised basis, fell by 0.5% in the last three months of 2004. The economy grew 2.6% overall in 2004 and is forecast to grow 2.1% this year. Exports to China rose by 18% as demand for steel and machinery grew. The central bank held its key rate at 0.25% in December 2004.',
  ].join('\n');

  it('asks one fact told twice only once', () => {
    const answers = generateQuiz(JAPAN, {count: 30}).questions.map(answerOf);
    expect(answers.filter((a) => a === '0.1%' || a === '0.5%')).to.have.length(1);
  });

  it('does not ask for the year the story keeps naming: it is the setting, not a fact', () => {
    const text = [
      'Harbour town counts record visitors',
      '',
      'The harbour town of Kelby welcomed 412,000 visitors in 2019, the council said. Hotel occupancy reached 87% in the summer of 2019, up from 74% a year earlier. The new ferry terminal, which opened in 2019, cost £18m to build. The previous record of 350,000 visitors was set in 2015 after the harbour festival began. The council expects 450,000 visitors in 2020 and plans to spend £2.5m on a new promenade.',
    ].join('\n');
    const passes = (answer: string) => draftCandidates(text).candidates.some((c) => c.correct === answer && confidenceOf(c) >= CONFIDENCE_THRESHOLD);
    // The year of them all is when the story happens. The year of one event (2015) was asked until the
    // blind reviews found bare years background in 5 of 7 cases: no bare year is asked now, while the
    // figures beside them are.
    expect(passes('2015')).to.be.false;
    expect(passes('2019')).to.be.false;
    expect(passes('350,000')).to.be.true;
  });
});

describe('stems that stand alone', () => {
  it('asks no fact from a piece of a longer quotation (a closing quote without its opening one)', () => {
    const article = ` ${normalize('“We started with one room in Cardiff. It has been a long road to 40 clinics.” Bupa, Spire and Nuffield run 40 clinics.')} `;
    const piece: Candidate = {
      kind: 'fact',
      prompt: 'It has been a long road to 40 clinics, said ___.”',
      correct: 'Bupa',
      distractors: ['Spire', 'Nuffield'],
      evidence: 'It has been a long road to 40 clinics.”',
      explanation: '',
      order: 0,
      answerKey: 'Bupa',
      promptKeys: [],
    };
    expect(checkCandidate(piece, article)).to.be.undefined;
    expect(checkCandidate({...piece, prompt: '“It has been a long road to 40 clinics,” said ___.'}, article)).to.not.be.undefined;
    expect(unbalancedQuotes('It has been a long road to ___ clinics."')).to.be.true;
  });
});
