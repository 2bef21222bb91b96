/** "a" or "an" for the word or figure that follows: "an 18% rise", "an 8", "a 20", "an April vote". */
export function indefiniteArticle(next: string): 'a' | 'an' {
  // Figures by how they are read aloud: eight..., eleven, eighteen (also "11,000", "18.5").
  if (/^\d/.test(next)) return /^(?:8|1[18](?:[^\d,]|$)|1[18],\d{3}(?:[^\d,]|$))/.test(next) ? 'an' : 'a';
  return /^[aeiou]/i.test(next) ? 'an' : 'a';
}

/** Re-chooses an "a"/"an" that ends `before` for the text that now follows it, keeping its case. */
export function fixArticleBefore(before: string, next: string): string {
  const match = /(?:^|\s)(an?) $/i.exec(before);
  if (!match) return before;
  const word = indefiniteArticle(next);
  const cased = match[1][0] === 'A' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  const start = before.length - match[1].length - 1;
  return before.slice(0, start) + cased + ' ';
}

/** A number written as an ordinal in digits: 1st, 2nd, 3rd, 4th, 11th, 22nd. */
export const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/**
 * A first- or second-person pronoun: an opinion or an address to the reader, a poor stem. Case matters:
 * "us" is a pronoun, "US" the United States.
 */
/**
 * "Feed the model a seed keyword and ask it to generate 50 keywords": an instruction to the reader, whose
 * figures are the writer's example, not the story's facts.
 */
export const IMPERATIVE =
  /^(?:Feed|Ask|Use|Try|Make|Start|Set|Add|Create|Give|Tell|Write|Pick|Choose|Keep|Avoid|Consider|Aim|Limit|Spend|Save|Put|Take|Turn|Open|Click|Download|Install|Run|Check|Look|Remember|Imagine|Let)\s+(?:the|a|an|your|it|them|up|out|at|for|to|with|on|in|\d)\b/;

/**
 * "Established five national defense areas along the southern border", "Cut fentanyl trafficking by 56%": a
 * list item that opens on its verb has no subject, and reads as an order under a quiz.
 */
export const SUBJECTLESS =
  /^(?:\p{Lu}\p{Ll}+ed|Cut|Won|Led|Made|Built|Brought|Sent|Struck|Held|Kept|Took|Gave|Put|Set|Froze|Broke|Hit|Sold|Paid|Began|Became|Oversaw|Drove|Grew|Ran|Wrote|Chose|Rebuilt|Overhauled|Withdrew|Undertook|Forged)\s+(?!in\b|by\b|on\b|at\b|as\b|to\b|with\b|from\b|after\b|for\b|under\b|over\b|into\b|and\b|or\b)[\p{L}\d$]/u;

/** A line cut mid-sentence by a hard wrap ("... along the southern border to"). */
export const CUT_OFF = /\b(?:to|in order|of|the|a|an|and|or|for|with|by|from|on|at|in|that|which)\s*$/i;

export const FIRST_OR_SECOND_PERSON = /\b(?:I|[Yy]ou|[Ww]e|[Uu]s|[Oo]ur|[Yy]our|[Mm]y|[Mm]e)\b/;
