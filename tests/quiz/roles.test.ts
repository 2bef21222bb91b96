import {expect} from '@open-wc/testing';
import {generateQuiz} from '../../src/quiz/generate.js';
import {roleCandidates} from '../../src/quiz/asking/role-questions.js';
import {analyze} from '../../src/quiz/understanding/entities.js';

const RATES = [
  'Bank of England governor Mervyn King warned that one month of data did not make a trend.',
  'Rates were held at 4.75% for the sixth month running, the Bank said.',
  'Ian Shepherdson, chief economist at High Frequency Economics, said a rise was still likely this year.',
  'Labour campaign spokesman Fraser Kemp said the decision was good news for home owners.',
  'UKIP leader Roger Knapman said the economy was slowing faster than the Bank admitted.',
  'Mervyn King said the committee would watch house prices closely.',
];
const roleOf = (candidates: ReturnType<typeof roleCandidates>, person: string) => candidates.find((c) => c.prompt === `According to the article, who is ${person}?`);

describe('who is who: the roles the article gives its people', () => {
  it('reads a role before a name and in apposition after it, whole', () => {
    const candidates = roleCandidates(analyze(RATES), RATES.length, () => 0.8);
    expect(roleOf(candidates, 'Mervyn King')?.correct).to.equal('Bank of England governor');
    expect(roleOf(candidates, 'Fraser Kemp')?.correct).to.equal('Labour campaign spokesman');
    expect(roleOf(candidates, 'Ian Shepherdson')?.correct).to.equal('Chief economist at High Frequency Economics');
    // The distractors are the others' roles, never the person's own.
    const king = roleOf(candidates, 'Mervyn King')!;
    expect(king.distractors).to.include.members(['UKIP leader', 'Labour campaign spokesman']);
    expect(king.distractors).to.not.include('Bank of England governor');
  });

  it('asks about the person the story returns to first, and only one role question per quiz', () => {
    const candidates = roleCandidates(analyze(RATES), RATES.length, () => 0.8);
    expect(candidates[0].prompt).to.contain('Mervyn King');
    const text = ['Bank holds rates as King urges patience', '', RATES.join(' ')].join('\n');
    const asked = generateQuiz(text, {count: 30}).questions.filter((q) => q.prompt.startsWith('According to the article, who is'));
    expect(asked.length).to.be.at.most(1);
  });

  it('asks nothing with fewer than three people in roles, or a role cut off, or a bare title', () => {
    expect(roleCandidates(analyze(RATES.slice(0, 3)), 3, () => 0.8)).to.deep.equal([]);
    const sentences = [
      'Under President Donald Trump the deal moved quickly, officials said.',
      'Speaker Mike Johnson backed the plan in a vote on Monday.',
      'The White House Office of Science and Technology Policy Director Michael Kratsios said talks went well.',
      'Amazon Web Services CEO Matt Garman praised the agreement.',
      'Oracle CEO Clay Magouyrk said the firm would invest more.',
    ];
    const roles = roleCandidates(analyze(sentences), sentences.length, () => 0.8).map((c) => c.correct);
    expect(roles).to.not.include('Under President');
    expect(roles.some((role) => role.startsWith('House Office'))).to.be.false;
    expect(roles).to.not.include('Speaker');
  });

  it('offers no role of another nationality: a Russian president for a North Korean minister', () => {
    const sentences = [
      'North Korean leader Kim Jong Un met Russian Foreign Minister Sergei Lavrov in Pyongyang.',
      'Later, North Korean Foreign Minister Choe Son Hui also met Lavrov to plan exchanges.',
      'Russian President Vladimir Putin invited Kim to Moscow.',
      'Bank of England governor Mervyn King said the talks had not moved markets.',
    ];
    const choe = roleOf(
      roleCandidates(analyze(sentences), sentences.length, () => 0.8),
      'Choe Son Hui'
    );
    for (const distractor of choe?.distractors ?? []) expect(distractor).to.match(/^North Korean/);
  });
});
