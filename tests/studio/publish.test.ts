import {expect} from '@open-wc/testing';
import {inlineSnippet, quizJson, srcSnippet} from '../../src/studio/publish.js';
import {validateQuiz} from '../../src/quiz/validate.js';

const quiz = {
  questions: [
    {
      id: 'q1',
      kind: 'authored' as const,
      prompt: 'Is </script><b>x</b> closed?',
      choices: [
        {id: 'a', text: 'Yes'},
        {id: 'b', text: 'No <!-- -->'},
      ],
      answer: 'b',
    },
  ],
};

describe('publish', () => {
  it('writes the quiz JSON', () => {
    expect(JSON.parse(quizJson(quiz))).to.deep.equal(quiz);
  });

  it('embeds the quiz in a script no text can close, and reads back the same quiz', () => {
    const snippet = inlineSnippet(quiz);
    expect(snippet).not.to.match(/<\/script>[\s\S]*<\/script>/);
    expect(snippet).not.to.include('<!--');
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const json = doc.querySelector('news-quiz > script[type="application/json"]')!.textContent!;
    expect(validateQuiz(JSON.parse(json)).quiz).to.deep.equal(quiz);
  });

  it('escapes the src URL', () => {
    expect(srcSnippet('/q.json?a=1&b="2"')).to.equal('<news-quiz src="/q.json?a=1&amp;b=&quot;2&quot;"></news-quiz>');
  });
});
