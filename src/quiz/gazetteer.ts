/**
 * Small word lists the entity finder leans on. Kept to a few hundred words so the widget stays small:
 * the article itself is the main source of names, these only type them.
 */

const set = (words: string) => new Set(words.split(' '));

/** Common lowercase words; a capitalised one of these starts a sentence or a heading, not a name. */
export const STOP = set(
  "a an the and or but of to in on at for by with from as is are was were be been being has have had do does did this that these those it its it's their there they them he she his her we our you your i not no which who whom what when where why how than then so such into over under about after before during between also can could will would may might should must more most other some any all each both few many much very up down out off just only own same too while if because although though however according despite since until amid among against within without across per via yes my me us one another every here now still yet even new"
);

/** Words of a title that comes before a name ("Foreign Minister", "Chair", "Dr."). */
export const TITLES = set(
  'president minister foreign prime secretary chair chairman chairwoman ceo dr mr mrs ms sen senator gov governor king queen prince princess pope gen general coach manager judge justice rep representative mayor chancellor director chief leader captain professor prof sir lord lady vice deputy ambassador commissioner spokesperson spokesman spokeswoman executive officer head founder striker midfielder defender goalkeeper forward boss analyst editor reporter economist'
);

/** Last words that make a name an organisation ("Open Market Committee", "Newcastle United"). */
export const ORG_WORDS = set(
  'league fc cf united city club committee reserve bank university college school council agency ministry department party inc corp corporation group journal times post news sports tv media association federation union court institute commission company airlines fund office army navy police parliament congress senate assembly foundation network press service board authority hospital motors technologies labs studios records analyst athletic'
);

/** Words that make a name a place ("Republic of Korea") or point a place ("North Korea"). */
export const PLACE_WORDS = set('republic kingdom states islands island province county region sea ocean valley');
export const COMPASS = set('north south east west northeast northwest southeast southwest central eastern western northern southern');

/**
 * Places by kind (countries | cities | US states | regions), with irregular demonyms after a colon and
 * the country of a capital after ">".
 */
const PLACE_LIST =
  'Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus Belgium Bolivia Brazil Britain Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba Cyprus Denmark Egypt England Estonia Ethiopia Finland France:French Germany Ghana Greece:Greek Hungary India Indonesia Iran Iraq Ireland:Irish Israel Italy Japan Jordan Kenya Korea Kuwait Latvia Lebanon Libya Lithuania Malaysia Mexico Moldova Morocco Myanmar Nepal Netherlands:Dutch Nigeria Norway Pakistan Peru Philippines:Filipino Poland:Polish Portugal:Portuguese Qatar Romania Russia Scotland:Scottish Serbia Singapore Slovakia Somalia Spain:Spanish Sudan Sweden:Swedish Switzerland:Swiss Syria Taiwan Thailand:Thai Turkey:Turkish Ukraine Venezuela Vietnam Wales:Welsh Yemen Zimbabwe U.S. UAE' +
  '|Beijing>China Berlin>Germany Brussels Cairo>Egypt Chicago Delhi>India Dubai Geneva Hong_Kong Istanbul Jerusalem>Israel Kyiv>Ukraine Kiev>Ukraine London>Britain Los_Angeles Madrid>Spain Manchester Milan Moscow>Russia Munich Mumbai Paris>France Pyongyang>North_Korea Rome>Italy Seoul>South_Korea Shanghai Sydney Tehran>Iran Tokyo>Japan Toronto Washington>U.S.' +
  '|Minnesota California Texas Florida New_York Ohio Michigan Arizona Wisconsin Colorado Oregon Virginia Illinois Pennsylvania' +
  '|Africa Asia Europe Gaza Crimea Pacific Atlantic Arctic EU';

/** Place name → itself; demonym (irregular ones) → place. */
export const PLACES = new Map<string, string>();
/** Capital → country: "Moscow" often stands for "Russia", so one is no distractor for the other. */
export const CAPITALS = new Map<string, string>();
/** Place → its kind's list: a state stands in for a state, never for its country. */
export const PLACE_KINDS = new Map<string, string[]>();
for (const kind of PLACE_LIST.split('|')) {
  const members: string[] = [];
  for (const entry of kind.split(' ')) {
    const [name, country] = entry.replace(/_/g, ' ').split('>');
    const [place, demonym] = name.split(':');
    PLACES.set(place, place);
    PLACE_KINDS.set(place, members);
    members.push(place);
    if (demonym) PLACES.set(demonym, place);
    if (country) CAPITALS.set(place, country);
  }
}
// One key per country however it is written.
for (const name of ['US', 'USA', 'United States', 'America', 'American']) PLACES.set(name, 'U.S.');
for (const name of ['UK', 'U.K.', 'United Kingdom', 'British']) PLACES.set(name, 'Britain');
PLACES.set('German', 'Germany');
PLACES.set('Norwegian', 'Norway');
PLACES.set('Danish', 'Denmark');
PLACES.set('Finnish', 'Finland');

/**
 * Sets of words that can stand in for each other in a statement and change its meaning
 * ("most" → "few", "higher" → "lower"): the swap slots of answers that name no entity.
 */
export const CONTRASTS = [
  'all most many some few',
  'yes no',
  'higher lower',
  'more less',
  'increased decreased',
  'rose fell',
  'rising falling',
  'largest smallest',
  'biggest smallest',
  'best worst',
  'highest lowest',
  'top bottom',
  'first last',
  'before after',
  'early late',
  'earlier later',
  'favorite underdog',
  'won lost drew',
  'wins losses draws',
  'significant limited minor',
  'strong weak',
  'solid shaky',
  'home away',
  'positive negative',
  'low high',
  'louder quieter',
  'expanded reduced',
  'growing shrinking declining',
  'strengthening weakening',
  'stronger weaker',
  'latest oldest earliest',
  'tied level',
  'improved weakened',
  'enhanced reduced',
].map((line) => line.split(' '));

export const MONTHS = 'January February March April May June July August September October November December'.split(' ');
export const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
export const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
export const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');
