import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import type {NewsQuiz} from '../src/news-quiz.js';
import '../src/news-quiz.js';
import {inheritedLang, localeFor} from '../src/localization.js';

const seedArticle = await (await fetch('/demo/seed-article.txt')).text();

const $ = (el: NewsQuiz, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const text = (el: NewsQuiz) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function quiz(lang: string | undefined, count = 3): Promise<NewsQuiz> {
  const el = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="l10n" count=${count} lang=${lang ?? ''}></news-quiz>`);
  if (lang === undefined) el.removeAttribute('lang');
  await el.updateComplete;
  return el;
}

async function click(el: NewsQuiz, selector: string) {
  $(el, selector)!.click();
  await elementUpdated(el);
  await el.updateComplete;
}

/** Answers every question, the first one wrong, and shows the result. */
async function takeQuiz(el: NewsQuiz) {
  if ($(el, '[part~="start-button"]')) await click(el, '[part~="start-button"]');
  for (const [i, question] of el.questions.entries()) {
    const pick = i === 0 ? question.choices.find((choice) => choice.id !== question.answer)!.id : question.answer;
    (Array.from(el.shadowRoot!.querySelectorAll('input[type=radio]')) as HTMLInputElement[]).find((input) => input.value === pick)!.click();
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
  }
}

/** What each shipped language says on the start screen, after a question and on the result. */
const expected = {
  es: {start: 'Empezar', intro: '3 preguntas sobre este artículo.', progress: 'Pregunta 1 de 3', check: 'Comprobar', result: 'Tu resultado', score: 'Has acertado 2 de 3'},
  fr: {start: 'Commencer le quiz', intro: '3 questions sur cet article.', progress: 'Question 1 sur 3', check: 'Vérifier', result: 'Votre résultat', score: 'Score\u00a0: 2 sur 3'},
  de: {start: 'Quiz starten', intro: '3 Fragen zu diesem Artikel.', progress: 'Frage 1 von 3', check: 'Antwort prüfen', result: 'Ihr Ergebnis', score: '2 von 3 richtig'},
  ko: {start: '퀴즈 시작', intro: '이 기사에 관한 문제 3개', progress: '3문제 중 1번', check: '정답 확인', result: '내 결과', score: '3문제 중 2문제 정답'},
  ar: {start: 'ابدأ الاختبار', intro: '3 أسئلة عن هذه المقالة.', progress: 'السؤال 1 من 3', check: 'تحقّق من الإجابة', result: 'نتيجتك', score: '2 من 3'},
};

describe('localization', () => {
  it('maps a language tag to a shipped locale by its language, and anything else to English', () => {
    expect(localeFor('es')).to.equal('es');
    expect(localeFor('es-MX')).to.equal('es');
    expect(localeFor('DE_at')).to.equal('de');
    expect(localeFor('ar-EG')).to.equal('ar');
    expect(localeFor('ko-KR')).to.equal('ko');
    for (const other of ['', 'en-GB', 'ja', 'zh-Hant', 'x', 'esperanto']) expect(localeFor(other), other).to.equal('en');
  });

  it('takes the nearest lang, across shadow roots', async () => {
    const outer = await fixture(html`<div lang="fr"><span></span></div>`);
    const host = document.createElement('div');
    outer.querySelector('span')!.append(host);
    const inner = document.createElement('p');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(inheritedLang(inner)).to.equal('fr');
    inner.setAttribute('lang', 'de');
    expect(inheritedLang(inner)).to.equal('de');
  });

  for (const [lang, words] of Object.entries(expected)) {
    it(`speaks ${lang} with lang="${lang}": start, question, feedback and result`, async () => {
      const el = await quiz(lang);
      expect($(el, '[part~="start-button"]')!.textContent!.trim()).to.equal(words.start);
      expect($(el, '[part~="intro"]')!.textContent!.trim()).to.equal(words.intro);
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
      await click(el, '[part~="start-button"]');
      expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal(words.progress);
      expect($(el, '[part~="check-button"]')!.textContent!.trim()).to.equal(words.check);
      await takeQuiz(el);
      expect($(el, '[part~="title"]')!.textContent!.trim()).to.equal(words.result);
      expect($(el, '[part~="score"]')!.textContent).to.contain(words.score);
      expect($(el, '.score-percent')!.textContent).to.contain(new Intl.NumberFormat(lang, {style: 'percent'}).format(2 / 3));
      expect(text(el)).to.not.match(/\b(?:Question|Your result|Try again|Share result|correct)\b/);
      await expect(el).to.be.accessible();
    });
  }

  it('formats the percentage the way each language writes it', async () => {
    const percents: Record<string, string> = {};
    for (const lang of ['en', 'de', 'fr', 'ar']) {
      const el = await quiz(lang);
      await takeQuiz(el);
      percents[lang] = $(el, '.score-percent')!.textContent!.trim();
    }
    expect(percents.en).to.equal('67% correct');
    // German and French put a no-break space before the sign.
    expect(percents.de).to.equal('67\u00a0% richtig');
    expect(percents.fr).to.match(/^67[\u00a0\u202f]% de bonnes réponses$/);
    expect(percents.ar).to.contain(new Intl.NumberFormat('ar', {style: 'percent'}).format(2 / 3));
  });

  it('chooses the plural form by Intl.PluralRules: Arabic has six', async () => {
    const forms: Record<number, string> = {};
    for (const count of [1, 2, 3]) {
      const el = await quiz('ar', count);
      forms[el.questions.length] = $(el, '[part~="intro"]')!.textContent!.trim();
    }
    expect(forms[1]).to.equal('1 سؤال عن هذه المقالة.');
    expect(forms[3]).to.equal('3 أسئلة عن هذه المقالة.');
    const en = await quiz('en', 1);
    expect($(en, '[part~="intro"]')!.textContent!.trim()).to.equal('1 question about this article.');
    const es = await quiz('es', 1);
    expect($(es, '[part~="intro"]')!.textContent!.trim()).to.equal('1 pregunta sobre este artículo.');
  });

  it('follows the nearest ancestor with lang, else the document, and falls back to English', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de">
        <section><news-quiz .article=${seedArticle} seed="l10n" count="3"></news-quiz></section>
      </div>`
    );
    const el = wrapper.querySelector('news-quiz')!;
    await el.updateComplete;
    expect($(el, '[part~="start-button"]')!.textContent!.trim()).to.equal('Quiz starten');
    const unknown = await quiz('ja');
    expect($(unknown, '[part~="start-button"]')!.textContent!.trim()).to.equal('Start quiz');
    expect($(unknown, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.setAttribute('lang', 'ko');
    try {
      const fromDocument = await quiz(undefined);
      expect($(fromDocument, '[part~="start-button"]')!.textContent!.trim()).to.equal('퀴즈 시작');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('re-renders when lang changes at run time, on the element or an ancestor, keeping the reader’s place', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><news-quiz .article=${seedArticle} seed="l10n" count="3"></news-quiz></div>`);
    const el = wrapper.querySelector('news-quiz')!;
    await el.updateComplete;
    await click(el, '[part~="start-button"]');
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('Question 1 of 3');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('Question 1 sur 3');
    el.setAttribute('lang', 'ar');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('السؤال 1 من 3');
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    el.lang = 'de-CH';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('Frage 1 von 3');
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('de-CH');
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('lays Arabic out right to left: the choices start at the right edge', async () => {
    const el = await quiz('ar');
    await click(el, '[part~="start-button"]');
    const choice = $(el, '[part~="choice"]')!;
    const radio = choice.querySelector('input')!.getBoundingClientRect();
    const label = choice.querySelector('.choice-text')!.getBoundingClientRect();
    expect(getComputedStyle(choice).direction).to.equal('rtl');
    expect(radio.left, 'the radio is right of its text').to.be.greaterThan(label.left);
    // The progress bar fills from the right edge.
    const track = $(el, '.progress-bar')!.getBoundingClientRect();
    const bar = $(el, '.progress-bar rect')!.getBoundingClientRect();
    expect(bar.width).to.be.closeTo(track.width / 3, 1);
    expect(bar.right).to.be.closeTo(track.right, 1);
  });

  it('with mode="all" in Arabic, sets each English question in its own direction, left-aligned under its Arabic number', async () => {
    const el = await quiz('ar');
    el.setAttribute('mode', 'all');
    await el.updateComplete;
    await click(el, '[part~="start-button"]');
    const legend = $(el, 'fieldset legend')!;
    const [number, prompt] = [legend.querySelector('.number')!, legend.querySelector('.prompt-text')!];
    expect(number.textContent).to.equal('السؤال 1 من 3');
    expect(getComputedStyle(prompt).direction).to.equal('ltr');
    const range = document.createRange();
    range.selectNodeContents(prompt);
    expect(range.getClientRects()[0].left, 'the question starts at the left edge').to.be.closeTo(legend.getBoundingClientRect().left, 2);
  });

  it('keeps two widgets in two languages on one page apart', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-quiz lang="es" .article=${seedArticle} seed="l10n" count="3"></news-quiz>
        <news-quiz lang="ko" .article=${seedArticle} seed="l10n" count="3"></news-quiz>
      </div>`
    );
    const [es, ko] = Array.from(wrapper.querySelectorAll('news-quiz'));
    await Promise.all([es.updateComplete, ko.updateComplete]);
    expect($(es, '[part~="start-button"]')!.textContent!.trim()).to.equal('Empezar');
    expect($(ko, '[part~="start-button"]')!.textContent!.trim()).to.equal('퀴즈 시작');
  });

  it("works beside a page app that configures @lit/localize itself, in the page's language or another", async () => {
    // The page's own app: its one configureLocalization call, with a Spanish message of its own.
    const {setLocale, getLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({templates: {'app-hello': 'Hola'}}),
    });
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    expect(msg('Hello', {id: 'app-hello'})).to.equal('Hola');
    const fr = await quiz('fr');
    const en = await quiz('en');
    expect($(fr, '[part~="start-button"]')!.textContent!.trim()).to.equal('Commencer le quiz');
    expect($(en, '[part~="start-button"]')!.textContent!.trim()).to.equal('Start quiz');
    // The app switching its locale changes nothing in the widgets, and throws nothing.
    await setLocale('en');
    await fr.updateComplete;
    expect($(fr, '[part~="start-button"]')!.textContent!.trim()).to.equal('Commencer le quiz');
  });
});
