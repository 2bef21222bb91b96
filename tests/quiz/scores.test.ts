import {expect} from '@open-wc/testing';
import {findFigures} from '../../src/quiz/understanding/figures.js';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';

const scoresIn = (sentence: string) =>
  findFigures(sentence)
    .filter((m) => m.type === 'score')
    .map((m) => m.text);
const answerOf = (q: {choices: {id: string; text: string}[]; answer: string}) => q.choices.find((c) => c.id === q.answer)!.text;

describe('scores: a result is a central fact of a match report', () => {
  it('reads a result only beside the word that makes it one', () => {
    expect(scoresIn('Chelsea beat Liverpool 3-2 at Wembley on Sunday.')).to.deep.equal(['3-2']);
    expect(scoresIn('It was a 2–1 win for the visitors.')).to.deep.equal(['2–1']);
    expect(scoresIn('El Elche ganó 2-0 en casa ante el Getafe.')).to.deep.equal(['2-0']);
    expect(scoresIn('The court ruled 5-4 that the law stood.')).to.deep.equal(['5-4']);
    // Spans, ages, dates, times and ranges are no results.
    expect(scoresIn('The 2024-25 season saw 18-24 year olds vote in numbers.')).to.deep.equal([]);
    expect(scoresIn('Prices rose 3-4% last year, the bank said after it won approval.')).to.deep.equal([]);
    expect(scoresIn('Doors open 10-11 in the morning, and the plan won 10-year funding.')).to.deep.equal([]);
    // A score is not also read as two numbers.
    expect(findFigures('Chelsea beat Liverpool 3-2 at Wembley.').map((m) => m.text)).to.deep.equal(['3-2']);
  });

  it('drafts the result with stand-ins of the same winner, and a draw with other draws, but asks only the draw', () => {
    const report = [
      'Harlow Town beat Ware 3-1 at the Harlow Arena on Saturday to reach the final of the county cup.',
      'Striker Dean Marsh scored twice for Harlow Town in the first half before Ware pulled one back.',
      'Ware manager Gary Lowe said his side had not done enough in front of 1,200 fans at the Harlow Arena.',
      'Harlow Town will face Bishops Stortford in the final of the county cup at the Harlow Arena in May.',
      'In the other semi-final, Bishops Stortford and Hertford drew 2-2 before Bishops Stortford won on penalties.',
      'Harlow Town manager Mark Bowen said reaching the county cup final meant a great deal to the club.',
    ].join(' ');
    // Blind reviews passed 2 of 10 results (m15 to m31): each stand-in shares a side with the key, and a
    // sport's scoring rules some out. The engine still drafts them (the studio shows drafts), and asks only draws.
    const candidates = draftCandidates(report, {count: 8}).candidates;
    const result = candidates.find((c) => c.correct === '3-1');
    expect(result, candidates.map((c) => c.prompt).join(' | ')).to.not.be.undefined;
    for (const choice of [result!.correct, ...result!.distractors]) {
      const [home, away] = choice.split('-').map(Number);
      expect(home).to.be.greaterThan(away);
    }
    const draw = candidates.find((c) => c.correct === '2-2');
    if (draw) for (const choice of draw.distractors) expect(choice).to.match(/^(\d+)-\1$/);
    expect(generateQuiz(report, {count: 8}).questions.filter((q) => /^\d+-\d+$/.test(answerOf(q)) && !/^(\d+)-\1$/.test(answerOf(q)))).to.deep.equal([]);
  });
});
