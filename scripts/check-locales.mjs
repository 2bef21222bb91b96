#!/usr/bin/env node
// `npm run check:locales` (part of `npm run lint`): every UI message is translated in every shipped locale.
// Reads the msg() calls of the source with @lit/localize-tools and the XLIFF in xliff/, and fails naming
//   - each message id with no translation (or an empty one) in a locale, with its English text;
//   - each msg() call without an explicit id, or whose msg is not the widget's own (src/localization.ts):
//     @lit/localize's msg follows the page's one global locale, not the element's `lang`.
// To translate a new message: `npx lit-localize extract`, fill in the <target> in each xliff/<locale>.xlf.
import {relative} from 'node:path';
import ts from 'typescript';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';

const config = readConfigFileAndWriteSchema('lit-localize.json');
const localizer = new RuntimeLitLocalizer({...config, output: {...config.output, mode: 'runtime'}});
const {messages, errors} = localizer.extractSourceMessages();
const problems = errors.map((error) => `source: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
const english = (message) => message.contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');
const where = (message) => {
  const {line} = message.file.getLineAndCharacterOfPosition(message.node.getStart());
  return `${relative(process.cwd(), message.file.fileName)}:${line + 1}`;
};

const checker = localizer.program.getTypeChecker();
const sourceIds = new Set();
for (const message of messages) {
  sourceIds.add(message.name);
  const [, options] = message.node.arguments;
  const hasId = options && ts.isObjectLiteralExpression(options) && options.properties.some((property) => property.name?.getText() === 'id');
  if (!hasId) problems.push(`${where(message)}: msg() without an explicit id ("${english(message)}"); add {id: '...'}`);
  // Which msg is called: the one declared in @lit/localize, or the widget's own.
  let symbol = checker.getSymbolAtLocation(message.node.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (symbol?.declarations?.some((declaration) => /[\\/]@lit[\\/]localize[\\/]/.test(declaration.getSourceFile().fileName))) {
    problems.push(`${where(message)}: msg() from @lit/localize follows the page's one locale, not the element's; use this.l10n.msg()`);
  }
}

const {translations} = localizer.readTranslationsSync();
let missingCount = 0;
for (const locale of config.targetLocales) {
  const translated = new Map((translations.get(locale) ?? []).map((message) => [message.name, message]));
  const missing = messages.filter((message) => !translated.get(message.name)?.contents.some((part) => typeof part !== 'string' || part.trim()));
  missingCount += missing.length;
  for (const message of missing) problems.push(`${locale}: no translation for "${message.name}" ("${english(message)}") in xliff/${locale}.xlf`);
  const stale = [...translated.keys()].filter((id) => !sourceIds.has(id));
  for (const id of stale) console.warn(`check-locales: ${locale}: "${id}" is translated but no longer in the source (run lit-localize extract)`);
}
const {errors: placeholderErrors} = localizer.validateTranslations();
problems.push(...placeholderErrors);

if (problems.length) {
  console.error(`check-locales: ${problems.length} problem(s)${missingCount ? `, ${missingCount} missing translation(s)` : ''}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`check-locales: ${messages.length} messages, translated in ${config.targetLocales.join(', ')}`);
