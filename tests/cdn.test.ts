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
    const quiz = win.document.querySelector('news-quiz') as HTMLElement & {questions: {prompt: string}[]; updateComplete: Promise<boolean>};
    // The engine writes the quiz in its Worker: updateComplete waits for it.
    await quiz.updateComplete;
    expect(quiz.questions.length).to.be.at.least(2);
    expect(quiz.questions.some((question) => question.prompt === 'What did the European Commission propose?')).to.be.true;
    const start = quiz.shadowRoot!.querySelector('[part~="start-button"]') as HTMLButtonElement;
    expect(start.textContent!.trim()).to.equal('Start quiz');
    expect(win.document.querySelectorAll('script[src^="/dist/cdn/news-quiz.js"]')).to.have.length(2);
    expect(win.errors).to.deep.equal([]);
    frame.remove();
  });

  it('loads no engine code for a ready quiz, and the engine (in its Worker) only when an article must become a quiz', async () => {
    const quizJson = JSON.stringify({questions: [{id: 'q1', prompt: 'Who met Kim?', choices: ['Sergei Lavrov', 'Choe Son Hui', 'Vladimir Putin'], answer: 'a'}]});
    const requestsFor = async (body: string) => {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.srcdoc = `<!doctype html><html><head><script type="module" src="/dist/cdn/news-quiz.js"></script></head><body>${body}</body></html>`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('news-quiz');
      const quiz = win.document.querySelector('news-quiz') as HTMLElement & {updateComplete: Promise<boolean>; questions: unknown[]};
      await quiz.updateComplete;
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'));
      const questions = quiz.questions.length;
      frame.remove();
      return {scripts, questions};
    };
    const ready = await requestsFor(`<news-quiz><script type="application/json">${quizJson}</script></news-quiz>`);
    expect(ready.questions).to.equal(1);
    expect(ready.scripts).to.deep.equal(['/dist/cdn/news-quiz.js']);
    const article = await (await fetch('/demo/seed-article.txt')).text();
    const written = await requestsFor(`<news-quiz>${article.replace(/</g, '&lt;')}</news-quiz>`);
    expect(written.questions).to.be.at.least(3);
    // The engine runs in a Worker beside the element (its own requests are the Worker's, not the page's).
    expect(written.scripts).to.include('/dist/cdn/news-quiz-worker.js');
    expect(ready.scripts).to.not.include('/dist/cdn/news-quiz-worker.js');
  });

  it('loads a language only when a widget speaks it: the English bundle carries no other language', async () => {
    const quizJson = JSON.stringify({questions: [{id: 'q1', prompt: 'Who met Kim?', choices: ['Sergei Lavrov', 'Choe Son Hui', 'Vladimir Putin'], answer: 'a'}]});
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/cdn/news-quiz.js"></script></head><body><news-quiz lang="ko"><script type="application/json">${quizJson}</script></news-quiz></body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('news-quiz');
    const quiz = win.document.querySelector('news-quiz') as HTMLElement & {updateComplete: Promise<boolean>};
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim()).to.equal('퀴즈 시작');
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
    expect(scripts).to.deep.equal(['/dist/cdn/news-quiz.js', '/dist/cdn/news-quiz-ko.js']);
    frame.remove();
    const english = await (await fetch('/dist/cdn/news-quiz.js')).text();
    for (const word of ['Empezar', 'Commencer le quiz', 'Quiz starten', '퀴즈', 'ابدأ']) expect(english, word).to.not.contain(word);
    expect(await (await fetch('/dist/cdn/news-quiz-fr.js')).text()).to.contain('Commencer le quiz');
  });

  it('works with two copies of the bundle on a page whose own app calls configureLocalization: each widget speaks its lang', async () => {
    const quizJson = JSON.stringify({questions: [{id: 'q1', prompt: 'Who met Kim?', choices: ['Sergei Lavrov', 'Choe Son Hui', 'Vladimir Putin'], answer: 'a'}]});
    const app = `<script type="module">
      import {configureLocalization, msg} from '/node_modules/@lit/localize/lit-localize.js';
      const {setLocale} = configureLocalization({sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({templates: {hi: 'Hallo'}})});
      await setLocale('de');
      window.appSays = msg('Hi', {id: 'hi'});
    </script>`;
    const widget = (lang: string) => `<news-quiz ${lang}><script type="application/json">${quizJson}</script></news-quiz>`;
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><html lang="es"><head>
      <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
      ${app}
      <script type="module" src="/dist/cdn/news-quiz.js"></script>
      <script type="module" src="/dist/cdn/news-quiz.js?copy"></script>
      </head><body>${widget('lang="fr"')}${widget('lang="ar"')}${widget('')}</body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & {errors: string[]; appSays?: string};
    await win.customElements.whenDefined('news-quiz');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [fr, ar, es] = Array.from(win.document.querySelectorAll('news-quiz')) as (HTMLElement & {updateComplete: Promise<boolean>})[];
    await Promise.all([fr.updateComplete, ar.updateComplete, es.updateComplete]);
    const start = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim();
    expect(start(fr)).to.equal('Commencer le quiz');
    expect(start(ar)).to.equal('ابدأ الاختبار');
    expect(ar.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(start(es), "the page's lang").to.equal('Empezar');
    expect(win.appSays, "the app's own messages").to.equal('Hallo');
    expect(win.errors).to.deep.equal([]);
    frame.remove();
  });

  it("loads the result screen's code (share, Show in article) only once a result is shown, and shares from it", async () => {
    const quizJson = JSON.stringify({questions: [{id: 'q1', prompt: 'Who met Kim?', choices: ['Sergei Lavrov', 'Choe Son Hui', 'Vladimir Putin'], answer: 'a'}]});
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><html><head><title>Page</title><script type="module" src="/dist/cdn/news-quiz.js"></script></head><body><news-quiz><script type="application/json">${quizJson}</script></news-quiz></body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('news-quiz');
    const quiz = win.document.querySelector('news-quiz') as HTMLElement & {updateComplete: Promise<boolean>};
    const scripts = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    await quiz.updateComplete;
    const root = quiz.shadowRoot!;
    (root.querySelector('[part~="start-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    (root.querySelector('input[value="a"]') as HTMLInputElement).click();
    (root.querySelector('[part~="check-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(scripts()).to.not.include('/dist/cdn/news-quiz-result-actions.js');
    (root.querySelector('[part~="next-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(scripts()).to.include('/dist/cdn/news-quiz-result-actions.js');
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'share', {configurable: true, value: undefined});
    Object.defineProperty(win.navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void copied.push(text)}});
    (root.querySelector('[part~="share-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(copied).to.deep.equal(['news-quiz 1/1 🟩 · Page']);
    expect(root.querySelector('.share-status')!.textContent).to.contain('Result copied to the clipboard.');
    frame.remove();
  });

  it('runs under a strict Content-Security-Policy with Trusted Types enforced: a reader takes the quiz, nothing is violated', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/demo/embed/strict-csp.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & {cspViolations: string[]};
    await win.customElements.whenDefined('news-quiz');
    const quiz = win.document.querySelector('news-quiz') as HTMLElement & {updateComplete: Promise<boolean>; questions: {answer: string}[]};
    await quiz.updateComplete;
    expect(quiz.questions.length).to.be.at.least(3);
    const root = quiz.shadowRoot!;
    (root.querySelector('[part~="start-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    const radio = [...root.querySelectorAll('input[type=radio]')].find((input) => (input as HTMLInputElement).value === quiz.questions[0].answer) as HTMLInputElement;
    radio.click();
    (root.querySelector('[part~="check-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(root.querySelector('[part~="feedback"]')!.textContent).to.contain('Correct!');
    // The progress bar's width is an SVG attribute, not an inline style, which a strict style-src would refuse.
    expect(root.querySelector('.progress-bar rect')!.getAttribute('width')).to.match(/^\d+(\.\d+)?%$/);
    expect(win.cspViolations).to.deep.equal([]);
    // The page lists the "news-quiz" Trusted Types policy and allows workers: the engine ran in its Worker.
    expect(win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)).to.include('/dist/cdn/news-quiz-worker.js');
    // The policy is really in force: eval and a plain innerHTML string are refused.
    expect(() => win.eval('1')).to.throw();
    // (Where the browser has Trusted Types at all: Firefox ESR 140 has none, 153 has them.)
    if ('trustedTypes' in win) expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>')).to.throw();
    frame.remove();
  });

  it('writes the same quiz on the main thread, in steps, where the page allows no Worker', async () => {
    const article = await (await fetch('/demo/seed-article.txt')).text();
    const quizOn = async (csp: string) => {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.srcdoc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><script type="module" src="/dist/cdn/news-quiz.js"></script></head><body><news-quiz seed="3">${article.replace(/</g, '&lt;')}</news-quiz></body></html>`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('news-quiz');
      const quiz = win.document.querySelector('news-quiz') as HTMLElement & {updateComplete: Promise<boolean>; questions: unknown[]};
      await quiz.updateComplete;
      const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      const questions = JSON.stringify(quiz.questions);
      frame.remove();
      return {scripts, questions};
    };
    // (The origin by name: Firefox does not match an about:srcdoc frame's 'self' to its parent's origin.)
    const inWorker = await quizOn(`worker-src ${location.origin}`);
    const onMain = await quizOn("worker-src 'none'");
    expect(inWorker.scripts).to.include('/dist/cdn/news-quiz-worker.js');
    expect(onMain.scripts).to.not.include('/dist/cdn/news-quiz-worker.js');
    expect(onMain.scripts.some((path) => /news-quiz-generate/.test(path))).to.be.true;
    expect(JSON.parse(onMain.questions).length).to.be.at.least(3);
    expect(onMain.questions).to.equal(inWorker.questions);
  });
});
