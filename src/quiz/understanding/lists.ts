/**
 * Names written as lists ("X, Y and Z", "X vs Y", "teams such as X and Y"): list members share a group,
 * the most plausible stand-ins for each other, and a list's noun or majority types its untyped members.
 */
import {isNameType, type Entity, type EntityType, type Mention} from './mentions.js';

const LIST_NOUNS: [RegExp, EntityType][] = [
  [/^(teams?|clubs?|sides|powerhouses|giants|companies|firms|brands|rivals|outlets|agencies)$/, 'org'],
  [/^(countries|nations|cities|states|regions)$/, 'place'],
  [/^(players|people|leaders|officials|stars|actors|artists)$/, 'person'],
];

/** "teams such as X and Y", "players like X": the noun before the list types its names. */
export function typeListsByTheirNoun(sentences: string[], mentions: Mention[][], entities: Map<string, Entity>) {
  sentences.forEach((sentence, index) => {
    // Most sentences hold none of these words: a plain search is cheaper than the pattern.
    if (!/includ|like|such as/i.test(sentence)) return;
    for (const match of sentence.matchAll(/\b(\w+),? (?:including|includes?|like|such as) /gi)) {
      const type = LIST_NOUNS.find(([noun]) => noun.test(match[1].toLowerCase()))?.[1];
      let at = match.index! + match[0].length;
      for (const mention of mentions[index]) {
        if (!type || mention.start < at) continue;
        if (mention.start > at || !isNameType(mention.type) || mention.fixed) break;
        const entity = entities.get(mention.key)!;
        if (!entity.sure) [entity.type, entity.sure] = [type, true];
        const gap = /^(?:,? (?:and|or) |, )/.exec(sentence.slice(mention.end));
        if (!gap) break;
        at = mention.end + gap[0].length;
      }
    }
  });
}

/** Links names written as a list ("X, Y and Z", "X vs Y") and gives untyped members the group's type. */
export function groupListedNames(sentences: string[], mentions: Mention[][], entities: Map<string, Entity>) {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    const up = parent.get(key);
    return up && up !== key ? root(up) : key;
  };
  const link = (a: string, b: string) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  // Sides of a match ("Elche vs Barcelona") all join one group, so teams stand in for teams.
  let matchSide = '';
  mentions.forEach((list, sentence) => {
    let chain: Mention[] = [];
    let listed = false;
    const close = () => {
      if (listed) for (const m of chain.slice(1)) link(chain[0].key, m.key);
      [chain, listed] = [[], false];
    };
    for (const mention of list) {
      const previous = chain[chain.length - 1];
      const gap = previous ? sentences[sentence].slice(previous.end, mention.start).replace(/^['’]s/, '') : '';
      if (!isNameType(mention.type) || mention.fixed || (previous && !/^(?:,? (?:and|or|&|vs\.?|v\.?|versus) |, )$/.test(gap))) close();
      if (!isNameType(mention.type) || mention.fixed) continue;
      if (previous && /\b(vs|v|versus)\b/.test(gap)) {
        link(matchSide || previous.key, previous.key);
        link(previous.key, mention.key);
        matchSide = previous.key;
      }
      // A comma alone ("As noted by BBC Sport, Barcelona ...") makes a list only when a conjunction ends it.
      if (previous && /\b(and|or|&|vs|v|versus)\b/.test(gap)) listed = true;
      chain.push(mention);
    }
    close();
  });
  // Votes per group: a type wins when its members are at least as many as the untyped ones.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const entity of entities.values()) {
    const top = root(entity.key);
    entity.group = entities.get(top)!.group;
    const tally = votes.get(top) ?? new Map<EntityType, number>();
    tally.set(entity.type, (tally.get(entity.type) ?? 0) + 1);
    votes.set(top, tally);
  }
  for (const entity of entities.values()) {
    const tally = votes.get(root(entity.key))!;
    if (entity.sure || !isNameType(entity.type)) continue;
    let best = entity.type;
    for (const type of ['org', 'place', 'person', 'name'] as EntityType[]) if ((tally.get(type) ?? 0) > (tally.get(best) ?? 0)) best = type;
    entity.type = best;
  }
}
