// The studio's CDN build (dist/cdn/news-quiz-studio.js; `npm test` builds it first) on a page with a strict
// Content-Security-Policy and Trusted Types enforced.
import {expect} from '@open-wc/testing';
import {SEED_ARTICLE} from './fixtures/articles.js';

interface StudioLike extends HTMLElement {
  article?: string;
  quiz: {questions: {id: string; prompt: string}[]};
  updateComplete: Promise<boolean>;
}

describe('news-quiz-studio.js (CDN build)', () => {
  it('drafts from HTML, edits and previews under a strict CSP with Trusted Types: nothing is violated', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/demo/embed/studio-strict-csp.html';
    frame.style.width = '1280px';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & {cspViolations: string[]};
    await win.customElements.whenDefined('news-quiz-studio');
    const studio = win.document.querySelector('news-quiz-studio') as StudioLike;
    win.localStorage.clear();
    studio.article = SEED_ARTICLE.split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('\n');
    await studio.updateComplete;
    expect(studio.quiz.questions.length).to.be.at.least(3);
    const root = studio.shadowRoot!;
    const id = studio.quiz.questions[0].id;
    const prompt = root.querySelector(`#prompt-${id}`) as HTMLTextAreaElement;
    prompt.value = 'Edited under a strict CSP?';
    prompt.dispatchEvent(new Event('change'));
    await studio.updateComplete;
    const preview = root.querySelector('news-quiz') as HTMLElement & {questions: {prompt: string}[]; updateComplete: Promise<boolean>};
    await preview.updateComplete;
    expect(preview.questions[0].prompt).to.equal('Edited under a strict CSP?');
    expect(win.cspViolations).to.deep.equal([]);
    expect(() => win.eval('1')).to.throw();
    win.localStorage.clear();
    frame.remove();
  });
});
