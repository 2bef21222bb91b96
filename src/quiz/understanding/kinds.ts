/**
 * What kind of thing a name is, and how sure the engine is of it: positive evidence only (a lexicon, the
 * name's own words, a list it shares with a known name), never capitals alone. Stand-ins are trusted as
 * far as their kind matches the key's.
 */
import {COMPANIES, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, PLACE_KINDS, PLACES, TITLES} from './gazetteer.js';
import {isNameType, type Analysis, type Entity} from './mentions.js';

/** The key is a figure found by pattern, or a publisher's own FAQ answer: its kind is not in doubt. */
export const CERTAIN = 1;
/** A stand-in less sure than this is dropped before the choices are picked: fewer choices beat a wrong-kind one. */
export const STAND_IN_FLOOR = 0.6;

/** News outlets, agencies and data sites: they report the story, they are not in it. */
const MEDIA =
  /\b(?:News|Sports?|Times|Post|Journal|Herald|Guardian|Telegraph|Tribune|Gazette|Daily|Weekly|Magazine|Radio|TV|Press|Reuters|BBC|CNN|ESPN|The Athletic|Analyst|Transfermarkt|Opta|Bloomberg|AFP|AP|KCNA|Yonhap|Xinhua|Fox|NBC|CBS|ABC|NPR|Politico|Axios|Forbes|Wired|Verge|TechCrunch|Engadget|Variety|Billboard|Deadline|Insider|Economist|Wikipedia|YouTube|Twitter|Facebook|Instagram|TikTok|Reddit|Medium|Substack|Blog|Podcast)\b/;
export const CLUB = /\b(?:FC|CF|AFC|United|City|Rovers|Albion|Town|Wanderers|Athletic|Hotspur|Real|Atletico|Atlético|Sporting|Inter|Juventus|Borussia|Olympique|Celtic|Rangers)\b/;
const COMPANY = /\b(?:Inc|Corp|Ltd|LLC|plc|GmbH|Group|Holdings|Technologies|Systems|Labs?|Motors|Airlines|Airways|Bank|Capital|Partners|Ventures|Pharma|Robotics|Analytics|Bancorp)\b\.?/;
const GOVERNMENT = /\b(?:Ministry|Department|Agency|Commission|Committee|Council|Parliament|Congress|Senate|Court|Police|Army|Government|Office|Authority|Reserve|Administration|Bureau|Service)\b/;
/** Continents and world regions: a reader rules them out for most slots without reading. */
const REGIONS =
  /^(?:the )?(?:(?:North|South|Central|East|West|Northeast|Northwest|Southeast|Southwest|Eastern|Western)\s+)?(?:Europe|Asia|Africa|America|Americas|Oceania|Antarctica|Middle East|Pacific|Atlantic|Caribbean|Latin America|Scandinavia|Balkans)$/;

/** Awards whose one-word names are also given names ("Oscar") or read as one. */
const AWARDS = /^(?:Oscars?|Baftas?|Grammys?|Emmys?|Pulitzers?|Bookers?|Golden Globes?)$/;

/**
 * Characters whose names are also their stories' titles, or who are no one real: "Mary Poppins" (a musical)
 * is no actor, "Harry Potter" no stand-in for one.
 */
const FICTIONAL =
  /^(?:Harry Potter|Mary Poppins|James Bond|Peter Pan|Billy Elliot|Bridget Jones|Sherlock Holmes|Robin Hood|Oliver Twist|Forrest Gump|Jerry Maguire|Erin Brockovich|Annie Hall|Indiana Jones|Lara Croft|Jason Bourne|Dorian Gray|Jane Eyre|Tom Sawyer|Huckleberry Finn|Charlie Brown|Homer Simpson|Bart Simpson|Austin Powers|Hannibal Lecter|Darth Vader|Luke Skywalker|Frodo Baggins|Ali G|Mr Bean|Bob the Builder|Miss Saigon|Billy Liar|Educating Rita|Hamlet|Macbeth|King Lear|Othello|Romeo|Juliet)$/;

/** Last words that make a "person" a group: "Labour MPs", "Tory ministers", "Chelsea fans". */
const GROUP_TAIL = /\b(?:MPs|MEPs|MSPs|peers|ministers|officials|fans|supporters|voters|members|players|executives|leaders|delegates|councillors|workers|staff)$/;

/** What kind of organisation a name is, when its words say so. */
export function orgKind(key: string): string | undefined {
  if (MEDIA.test(key)) return 'media';
  if (CLUB.test(key)) return 'club';
  // "Group A", "Group 3": a tournament's group, not a company.
  if (COMPANY.test(key) && !/^Group [A-Z\d]$/.test(key)) return 'company';
  if (GOVERNMENT.test(key)) return 'government';
  return undefined;
}

export const isMedia = (key: string) => MEDIA.test(key);
export const isRegion = (key: string) => REGIONS.test(key);

/** How sure the engine is that an entity is of the type it was given: positive evidence, not capitals. */
export function kindCertainty(entity: Entity): number {
  const words = entity.key.split(' ');
  switch (entity.type) {
    case 'person': {
      const given = FEMALE_NAMES.has(words[0].toLowerCase()) || MALE_NAMES.has(words[0].toLowerCase());
      const titled = !!entity.titles && [...entity.titles].some((title) => TITLES.has(title));
      // "Labour MPs", "Chelsea fans": a group of people is no one person; nor is "Gen Z" a General Z.
      // ("Windows PCs", "Labour MPs": a capitalised plural ends no one's name.)
      // ("Minister's Questions", cut from "Prime Minister's Questions": a possessive inside is a thing's name.)
      // ("his second Oscar for best director": an award alone is no person; nor is "Mary Poppins", a musical.)
      if (GROUP_TAIL.test(entity.key) || /\s\p{Lu}{2,}s$/u.test(entity.key) || /\p{L}['’]s\s/u.test(entity.key) || AWARDS.test(entity.key) || FICTIONAL.test(entity.key) || entity.key.length <= 2) return 0.2;
      if (given || titled) return 1;
      // "won the Golden Globe": a name the article puts "the" before is a thing, whatever else says person.
      if (entity.the > 0) return 0.3;
      // ("said" alone is weak: "Deutsche Boerse said", "Standard Life said" are firms; "she" is not.)
      return entity.sure ? 0.85 : words.length >= 2 ? (entity.gender ? 0.6 : 0.45) : 0.4;
    }
    case 'place':
      if (isRegion(entity.key)) return 0.5;
      return PLACES.has(entity.key) || PLACE_KINDS.has(entity.key) ? 1 : entity.sure ? 0.8 : 0.55;
    case 'org':
      if (orgKind(entity.key)) return 0.95;
      if (ORG_WORDS.has(words[words.length - 1].toLowerCase())) return 0.9;
      // A bare acronym may be a company, a product, a law or a file format.
      return /^\p{Lu}[\p{Lu}\d.]+$/u.test(entity.key) ? 0.55 : entity.sure ? 0.75 : 0.5;
    case 'work':
      return entity.sure ? 0.8 : 0.5;
    case 'name':
      return 0.3;
    case 'quote':
      return 0.4;
    default:
      return CERTAIN;
  }
}

/** Clubs known by one word, which a sports story uses without "FC": typed as clubs only in sports stories. */
export const CLUBS = new Set(
  'Paris Saint-Germain|Bayern Munich|Athletic Bilbao|AC Milan|Inter Milan|Aston Villa|Nottingham Forest|Crystal Palace|West Ham|Real Sociedad|Red Bull Salzburg|Barcelona Valencia Sevilla Villarreal Elche Girona Getafe Osasuna Mallorca Betis Espanyol Alaves Celta Granada Almeria Cadiz Levante Leganes Arsenal Chelsea Liverpool Everton Tottenham Newcastle Fulham Brentford Burnley Southampton Wolves Brighton Bournemouth Watford Sunderland Juventus Milan Napoli Roma Lazio Atalanta Fiorentina Torino Bologna Genoa Benfica Porto Ajax PSV Feyenoord Celtic Rangers Galatasaray Fenerbahce Besiktas Bayern Dortmund Leipzig Leverkusen Monaco Marseille Lyon Lille Nice PSG Flamengo Palmeiras Boca River Chivas Anderlecht Salzburg Basel Olympiacos Panathinaikos Shakhtar Dynamo Sporting Braga Inter'.split(
    /[| ]/
  )
);
const SPORT_WORDS = /\b(?:match|matches|goal|goals|league|season|coach|manager|striker|midfielder|defender|goalkeeper|fixture|fixtures|stadium|scored|draw|relegation|title race|kick-off|squad|tournament)\b/gi;

/** A kind finer than the entity type, and how sure the engine is of it. */
export interface Kind {
  kind: string;
  strength: number;
}

const sportsStories = new WeakMap<Analysis, boolean>();
/** Whether the article reads as sport: match words throughout. */
export function isSportsStory(analysis: Analysis): boolean {
  let sporty = sportsStories.get(analysis);
  if (sporty === undefined) {
    let hits = 0;
    for (const sentence of analysis.sentences.slice(0, 200)) hits += sentence.match(SPORT_WORDS)?.length ?? 0;
    sportsStories.set(analysis, (sporty = hits >= 4));
  }
  return sporty;
}

/** The entity's own kind, from its words and the lexicons: no neighbours consulted. */
function ownKind(entity: Entity, analysis: Analysis): Kind {
  const key = entity.key;
  if (entity.type === 'person') return {kind: 'person', strength: kindCertainty(entity)};
  if (!isNameType(entity.type)) return {kind: entity.type, strength: CERTAIN};
  if (entity.type === 'work' || entity.type === 'quote') return {kind: entity.type, strength: kindCertainty(entity)};
  const industry = COMPANIES.get(key);
  if (industry) return {kind: `company:${industry}`, strength: 1};
  if (MEDIA.test(key)) return {kind: 'media', strength: 0.95};
  if (/\b(?:League|Liga|LaLiga|Serie A|Bundesliga|Ligue 1|Cup|Championship|Champions League|Eredivisie|Open|Grand Prix|Olympics|World Cup)\b/.test(key)) return {kind: 'competition', strength: 0.95};
  if (CLUB.test(key) || (CLUBS.has(key) && isSportsStory(analysis))) return {kind: 'club', strength: 0.95};
  if (isRegion(key)) return {kind: 'region', strength: 1};
  const places = PLACE_KINDS.get(key);
  if (places) return {kind: `place:${places[0]}`, strength: 1};
  const org = orgKind(key);
  if (org) return {kind: org, strength: 0.9};
  return {kind: entity.type, strength: kindCertainty(entity)};
}

const kinds = new WeakMap<Analysis, Map<Entity, Kind>>();

/**
 * The entity's kind: its own, or, when that is only a guess, the kind of a name it is listed with ("Real
 * Madrid, Girona and Barcelona" makes Girona a club): a role in the article is evidence too.
 */
export function kindOf(entity: Entity, analysis: Analysis): Kind {
  let known = kinds.get(analysis);
  if (!known) {
    known = new Map();
    const own = new Map<Entity, Kind>();
    const byGroup = new Map<number, Kind>();
    for (const other of analysis.entities.values()) {
      const kind = ownKind(other, analysis);
      own.set(other, kind);
      const best = byGroup.get(other.group);
      if (kind.strength >= 0.9 && (!best || kind.strength > best.strength)) byGroup.set(other.group, kind);
    }
    for (const [other, kind] of own) {
      const listed = byGroup.get(other.group);
      // (A company's kind passes only to organisations: "Mail, Notes, Messages and Microsoft" lists apps.)
      const passes = listed && listed.kind !== 'person' && (!listed.kind.startsWith('company:') || other.type === 'org');
      known.set(other, kind.strength < 0.9 && passes ? {kind: listed.kind, strength: 0.85} : kind);
    }
    kinds.set(analysis, known);
  }
  return known.get(entity) ?? ownKind(entity, analysis);
}

/**
 * How sure the engine is that a stand-in is the key's kind and a plausible answer: the same kind on
 * positive evidence (a lexicon, a name's own words, a list it shares with a known name), found in the
 * article rather than built in.
 */
export function standInCertainty(answer: Entity, standIn: Entity, analysis: Analysis): number {
  if (!isNameType(standIn.type)) return CERTAIN;
  const [a, b] = [kindOf(answer, analysis), standIn.sentences.length ? kindOf(standIn, analysis) : ownKind(standIn, analysis)];
  let certainty: number;
  if (a.kind === b.kind) certainty = Math.min(a.strength, b.strength);
  // Two guesses of one broad type (two unknown organisations) may still be alike.
  else if (standIn.type === answer.type && (a.strength < 0.9 || b.strength < 0.9) && a.kind !== 'media' && b.kind !== 'media') certainty = 0.5 * Math.min(a.strength, b.strength) + 0.2;
  else certainty = 0.2;
  // A built-in stand-in (never in the article) is of the right kind but less plausible for the story.
  if (!standIn.sentences.length) certainty *= 0.8;
  return certainty;
}
