/**
 * The widget's UI language, per element. Each `<news-quiz>` follows its own `lang`, else the nearest
 * ancestor's (across shadow roots), else English, and re-renders when one of them changes.
 *
 * Why not @lit/localize's `configureLocalization`: it keeps one locale for the whole page and may be called
 * only once per page, so it cannot serve two widgets in two languages, a host app that localizes itself
 * with @lit/localize, or two copies of this bundle. The widget never calls it. It keeps the toolchain:
 * `msg()` calls (with explicit ids) are extracted to XLIFF by `lit-localize extract`, `lit-localize build`
 * (runtime mode) writes `src/generated/locales/<locale>.ts`, and this module loads those per locale, lazily,
 * and looks each element's messages up in its own locale's templates.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {StrResult} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];
export type Locale = typeof sourceLocale | TargetLocale;
/** A locale module's messages by id, as `lit-localize build` writes them. */
export type Templates = Readonly<Record<string, string | StrResult | undefined>>;

/** One literal import per locale, so rollup gives each its own chunk and loads it only when asked for. */
const loaders: Record<TargetLocale, () => Promise<{templates: Templates}>> = {
  ar: () => import('./generated/locales/ar.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  ko: () => import('./generated/locales/ko.js'),
};

/** Loaded templates per locale (English needs none), and loads under way. */
const loaded = new Map<Locale, Templates>([[sourceLocale, {}]]);
const loading = new Map<Locale, Promise<boolean>>();

/** Loads a locale's templates once; true when they are there. A failed load is forgotten, to be tried again. */
function load(locale: TargetLocale): Promise<boolean> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (module) => !!loaded.set(locale, module.templates),
      () => !loading.delete(locale)
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The shipped locale for a BCP 47 tag, by its language subtag ("es-MX" → es); English for any other. */
export function localeFor(tag: string): Locale {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(language) ? (language as TargetLocale) : sourceLocale;
}

/** The `lang` of the element or its nearest ancestor that has one, across shadow roots; '' when none. */
export function inheritedLang(element: Element): string {
  for (let node: Element | undefined = element; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return '';
}

/** `msg()`'s options: an explicit id, which the XLIFF and the check of translations name. */
export interface MsgOptions {
  id: string;
  desc?: string;
}

/** A message lookup; the marker property is how `lit-localize extract` recognises its calls. */
export interface Msg {
  (template: string | StrResult, options: MsgOptions): string;
  _LIT_LOCALIZE_MSG_?: never;
}

/** One message per plural category (Intl.PluralRules): English uses `one` and `other`, Arabic all six. */
export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

/** Resolves a host's language, loads its messages and formats its numbers and plurals. */
export class LocaleController implements ReactiveController {
  /** The shipped locale the host shows. */
  locale: Locale = sourceLocale;
  /** The tag for `lang` and Intl: the host's own when it names this locale ("es-MX"), else the locale. */
  tag: string = sourceLocale;
  private templates: Templates = {};
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Text direction of the locale. */
  get dir(): 'ltr' | 'rtl' {
    return this.locale === 'ar' ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    // A `lang` changed on the host or any ancestor, in the document or in the shadow roots around the host.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    let root = this.host.getRootNode();
    for (;;) {
      this.observer.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Resolves the host's language before an update: undefined when its messages are ready, else a promise
   * that settles once they are loaded. With `fallback` the host shows English while they load (or when they
   * cannot be loaded), and updates again once they are there.
   */
  prepare(fallback = false): Promise<boolean> | undefined {
    const lang = inheritedLang(this.host);
    let locale = localeFor(lang);
    if (!loaded.has(locale)) {
      const pending = load(locale as TargetLocale);
      if (!fallback) return pending;
      void pending.then((ok) => ok && this.host.requestUpdate());
      locale = sourceLocale;
    }
    this.locale = locale;
    this.templates = loaded.get(locale)!;
    try {
      // The page's region where it is valid ("de-CH" numbers), but never another language's.
      this.tag = locale !== sourceLocale && localeFor(lang) === locale ? Intl.getCanonicalLocales(lang)[0] : locale;
    } catch {
      this.tag = locale;
    }
    return undefined;
  }

  /** The message with this id in the host's locale; the source text (English) where it has none. */
  readonly msg: Msg = (template, {id}) => {
    const localized = this.templates[id] ?? template;
    if (typeof localized === 'string') return localized;
    // A str`` template: a translated one holds the index of each source value, which may move.
    const {values} = template as StrResult;
    return localized.strings.reduce((text, part, i) => text + values[localized === template ? i - 1 : (localized.values[i - 1] as number)] + part);
  };

  /** The form of a message for `count` in the host's language. */
  plural(count: number, forms: PluralForms): string {
    return forms[new Intl.PluralRules(this.tag).select(count)]();
  }

  /** A whole number in the host's language. */
  number(value: number): string {
    return value.toLocaleString(this.tag);
  }

  /** A fraction as a whole percentage in the host's language ("67%", "67 %", "67‎%‎"). */
  percent(fraction: number): string {
    return fraction.toLocaleString(this.tag, {style: 'percent'});
  }
}
