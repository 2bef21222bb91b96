import {expect} from '@open-wc/testing';

// The CDN bundle (dist/cdn/news-quiz.js, built by `npm run build`) on a plain HTML page that loads it twice.
describe('CDN bundle on a plain page', () => {
  it('defines <news-quiz> once, builds a quiz from light-DOM text, and throws nothing', async () => {
    const frame = document.createElement('iframe');
    const page = await (await fetch('/demo/cdn.html')).text();
    // Record errors from the very first script on, including one thrown by the second load of the bundle.
    const recorder = `<script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = page.replace('<head>', `<head>${recorder}`);
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & {errors: string[]};
    await win.customElements.whenDefined('news-quiz');
    // Both module scripts have run once the second one has evaluated; give them a task to finish.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const quiz = win.document.querySelector('news-quiz') as HTMLElement & {questions: {prompt: string}[]};
    expect(quiz.questions.length).to.be.at.least(2);
    expect(quiz.questions.some((question) => question.prompt === 'What did the European Commission propose?')).to.be.true;
    const start = quiz.shadowRoot!.querySelector('[part~="start-button"]') as HTMLButtonElement;
    expect(start.textContent!.trim()).to.equal('Start quiz');
    expect(win.document.querySelectorAll('script[src^="/dist/cdn/news-quiz.js"]')).to.have.length(2);
    expect(win.errors).to.deep.equal([]);
    frame.remove();
  });
});
