/**
 * The shapes that flow from entity finding to question building: typed mentions in sentences and the
 * entities they name, indexed by canonical key.
 */

export type EntityType =
  | 'person'
  | 'place'
  | 'org'
  | 'name'
  | 'number'
  | 'count'
  /** A rank or a repeat that makes the news: "for the fourth time", "the third-largest", "finished second". */
  | 'ordinal'
  | 'percent'
  | 'money'
  | 'year'
  | 'range'
  /** A result: "beat Liverpool 3-2", "a 5-4 ruling". */
  | 'score'
  | 'date'
  | 'month'
  | 'when'
  | 'quote'
  /** A named work or product: an album, a book, a film, a drug, an app. */
  | 'work';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Canonical name: "Kim" and "Kim Jong Un" share one key; "Russian" has the key "Russia". */
  key: string;
  type: EntityType;
  /** A demonym or other form that cannot be blanked on its own. */
  fixed?: boolean;
}

export interface Entity {
  key: string;
  type: EntityType;
  /** Sentence indexes that mention it, in order, each once. */
  sentences: number[];
  /** Mentions preceded by "the", to give it its own article in a choice. */
  the: number;
  /** Names listed together ("X, Y and Z") share a group: the most plausible stand-ins for each other. */
  group: number;
  /** The type came from a title, an alias, a word list or a pattern, not from a guess. */
  sure: boolean;
  /** Content words of the key, computed once. */
  words: string[];
  /** Title words the article puts before the name ("coach", "minister"): the roles it holds. */
  titles?: Set<string>;
  /** For people: lines of work their role words name ("player", "staff"; see affiliations.ts). */
  lines?: Set<string>;
  /** For people: the sides the article puts them on, as "place:Wales" or "org:Sale Sharks". */
  sides?: Set<string>;
  /** For people: "f" or "m" when the article's pronouns around them agree. */
  gender?: 'f' | 'm';
}

export interface Analysis {
  sentences: string[];
  mentions: Mention[][];
  /** Content words of each sentence, lowercased. */
  words: Set<string>[];
  entities: Map<string, Entity>;
}

const NAME_TYPES = new Set<EntityType>(['person', 'place', 'org', 'name', 'quote', 'work']);
export const isNameType = (type: EntityType) => NAME_TYPES.has(type);
