/**
 * How a name is built, remembered per name: its shape (word count and kind word: "Newcastle United" is
 * built like "Leeds United") and its initials ("FOMC"). Shared by entity typing and stand-in choice.
 */
import {ORG_WORDS, PLACES} from './gazetteer.js';

const initialsOf = new Map<string, string>();
export const initials = (name: string) =>
  initialsOf.get(name) ??
  initialsOf
    .set(
      name,
      name
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('')
    )
    .get(name)!;

/** How a name is built: its word count and whether it holds an organisation or place word ("Newcastle United"). */
const shapes = new Map<string, string>();
export const shape = (name: string) => shapes.get(name) ?? shapes.set(name, shapeOf(name)).get(name)!;
/** Forgets remembered shapes now and then, so a long-lived page does not keep every name it saw. */
export const forgetShapes = () => shapes.size > 5000 && (shapes.clear(), initialsOf.clear());
const shapeOf = (name: string) => {
  const words = name.split(' ');
  const category = /\b(league|liga|bundesliga|serie|cup|championship|tournament|series|group|round|stage|matchday|open|classic|masters|games|prix|marathon|festival|awards|trophy|rally|olympics)\b/i.test(name)
    ? 'c'
    : /\b(sports?|news|tv|times|journal|post|media|press|guardian|analyst|official|bbc|cnn|espn|reuters)\b|^athletic$/i.test(name)
      ? 'm'
      : // Named weather ("Storm Daria", "Hurricane Milton") stands in for weather only.
        /^(storm|hurricane|typhoon|cyclone|tropical storm)\b/i.test(name)
        ? 'w'
        : /\d/.test(name)
          ? 'd'
          : /\b(stadium|arena|airport|station|bridge|square|street|avenue|boulevard|road)\b/i.test(name)
            ? 'v'
            : // Acronyms ("AEMET", "ICE") stand in for acronyms only: a spelled-out name beside them is a give-away.
              /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(name) && !PLACES.has(name)
              ? 'a'
              : words.some((word) => ORG_WORDS.has(word.toLowerCase()) || PLACES.has(word))
                ? 'o'
                : '';
  return words.length + category;
};
