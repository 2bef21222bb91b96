/**
 * Small word lists the entity finder leans on. Kept to a few hundred words so the widget stays small:
 * the article itself is the main source of names, these only type them.
 */

const set = (words: string) => new Set(words.split(' '));

/** Common lowercase words; a capitalised one of these starts a sentence or a heading, not a name. */
export const STOP = set(
  'a an the and or but of to in on at for by with from as is are was were be been has have had do does did this that these those it its their there they he she his her we our you your i not no which who what when where why how than then so into over about after before during between also can could will would may might should more most other some any all each both few many very up out just only while if because although however according despite since until amid among against without per yes my us one new'
);

/** Words of a title that comes before a name ("Foreign Minister", "Chair", "Dr."). */
export const TITLES = set(
  'boss skipper captain keeper referee umpire promoter drummer guitarist bassist producer chef designer architect lawyer prosecutor astronaut commander pilot engineer surgeon nurse forward striker midfielder defender goalkeeper winger critic curator organiser organizer founder nurse teacher painter composer actress actor singer author writer novelist journalist reporter editor historian forecaster meteorologist economist analyst researcher scientist professor president minister foreign prime secretary chair chairman ceo dr mr mrs ms sen senator gov governor king queen prince pope gen general coach manager judge rep mayor chancellor director chief leader captain professor prof vice deputy ambassador spokesperson spokesman spokeswoman speaker executive officer administrator commissioner representative attorney sheriff colonel admiral premier head founder striker midfielder defender goalkeeper forward analyst editor'
);

/**
 * Lines of work, by the role words an article puts before or after a name: a stand-in of another line is
 * no fit for the blank ("the player will have the final say": not the club's chairman or its coach).
 */
export const ROLE_CLASSES = new Map<string, string>(
  Object.entries({
    staff: 'coach manager boss selector trainer',
    player:
      'player footballer cricketer golfer boxer athlete jockey swimmer cyclist skier striker midfielder defender goalkeeper keeper winger forward skipper captain fly-half scrum-half centre center wing prop hooker lock flanker full-back fullback debutant eight no.8 back-rower pitcher quarterback batsman bowler sprinter runner',
    politics: 'minister president chancellor secretary senator sen governor gov mayor premier mp leader rep representative congressman congresswoman',
    business: 'chairman ceo executive investor tycoon founder owner businessman businesswoman entrepreneur banker shareholder financier bidder',
    arts: 'singer actor actress playwright composer novelist author writer musician drummer guitarist bassist painter rapper songwriter',
    media: 'journalist reporter editor presenter correspondent critic broadcaster',
    law: 'judge lawyer prosecutor attorney barrister',
    official: 'referee umpire linesman official',
  }).flatMap(([line, words]) => words.split(' ').map((word) => [word, line] as [string, string]))
);

/**
 * Well-known companies by industry: a lexicon is positive evidence of a name's kind, and a carmaker stands
 * in for a carmaker, never for a bank. Names that are often something else ("Amazon", "Orange", "Shell"
 * in "shell company") are left out, and so are everyday words ("Next", "Target", "Sharp", "Total"): the lexicon
 * names a sentence's first word, where capitals tell nothing.
 */
const COMPANY_LIST: Record<string, string> = {
  tech: 'Apple|Samsung|Sony|Hitachi|Fujitsu|Toshiba|Panasonic|Matsushita|NEC|LG|Philips|Siemens|Nokia|Ericsson|Motorola|BlackBerry|Dell|Hewlett-Packard|Lenovo|Huawei|Xiaomi|Intel|AMD|Nvidia|Qualcomm|TSMC|ASML|Canon|Nikon|Sanyo|Casio|Acer|Asus',
  tech_software:
    'Microsoft|Google|Alphabet|IBM|Oracle|SAP|Cisco|Adobe|Salesforce|OpenAI|Anthropic|Yahoo|eBay|PayPal|Netflix|Spotify|Uber|Lyft|Airbnb|Baidu|Alibaba|Tencent|ByteDance|Sun Microsystems|Electronic Arts|Activision|Ubisoft|Nintendo|Sega|Atari',
  tech_telecom: 'Vodafone|BT|Telefonica|Deutsche Telekom|Verizon|AT&T|T-Mobile|Sprint|O2|MMO2|Lucent|Alcatel|Nortel|Orange SA|NTT DoCoMo|DoCoMo|Virgin Mobile|Cingular|Comcast',
  carmaker:
    'Ford|GM|General Motors|Fiat|Toyota|Honda|Nissan|Volkswagen|VW|BMW|Mercedes-Benz|Daimler|DaimlerChrysler|Chrysler|Renault|Peugeot|Citroen|Volvo|Hyundai|Kia|Tesla|Land Rover|MG Rover|Porsche|Audi|Ferrari|Mazda|Subaru|Suzuki|Stellantis|BYD|Saab',
  bank: 'HSBC|Barclays|Lloyds|Lloyds TSB|RBS|NatWest|Santander|Citigroup|Citibank|JPMorgan|JP Morgan|Goldman Sachs|Morgan Stanley|Merrill Lynch|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Societe Generale|Wells Fargo|Bank of America|HBOS|Northern Rock|Lehman Brothers|Bear Stearns|Nomura|Mizuho',
  insurer: 'AIG|Allianz|Axa|Aviva|Prudential|Legal & General|Zurich>Switzerland Financial|Standard Life|Norwich Union',
  energy: 'BP|ExxonMobil|Exxon|Chevron|TotalEnergies|Gazprom|Rosneft|Yukos|Saudi Aramco|Aramco|Eni|Repsol|Petrobras|ConocoPhillips|Centrica|British Gas|Royal Dutch Shell|Halliburton',
  airline:
    'British Airways|Ryanair|easyJet|Lufthansa|Air France|KLM|Air France-KLM|Qantas|United Airlines|American Airlines|Virgin Atlantic|Alitalia|Iberia|Aer Lingus|Southwest Airlines|Singapore Airlines|Cathay Pacific|bmi|Flybe',
  aerospace: 'Boeing|Airbus|Lockheed Martin|BAE Systems|Rolls-Royce|Embraer|Bombardier|EADS|Northrop Grumman|Raytheon|SpaceX|Blue Origin',
  retailer: 'Walmart|Wal-Mart|Tesco|Sainsbury|Asda|Marks & Spencer|M&S|Carrefour|Ikea|Morrisons|Safeway|Woolworths|Costco|Home Depot|Kingfisher|Argos|Dixons|Currys|Primark|H&M|Zara|Inditex',
  consumer:
    "Nike|Adidas|Reebok|Coca-Cola|Pepsi|PepsiCo|Nestle|Unilever|Procter & Gamble|McDonald's|Starbucks|Kraft|Cadbury|Diageo|Heineken|L'Oreal|LVMH|Gucci|Burberry|Danone|Kellogg|Burger King|KFC|Interbrew|InBev|SABMiller",
  media: 'Disney|Warner Bros|Time Warner|Paramount|EMI|Sony BMG|Warner Music|Universal Music|Viacom|ITV|Channel 4|BSkyB|Pixar|DreamWorks|MGM|Vivendi',
  pharma: 'Pfizer|GlaxoSmithKline|GSK|AstraZeneca|Novartis|Roche|Merck|Sanofi|Bayer|Johnson & Johnson|Moderna|BioNTech|Eli Lilly|Novo Nordisk|Abbott|Bristol-Myers Squibb|Wyeth',
};
/** Company name → its industry. */
// (Hardware, software and telecoms are one industry: Lucent, Ericsson and Sprint compete and partner.)
export const COMPANIES = new Map(Object.entries(COMPANY_LIST).flatMap(([industry, names]) => names.split('|').map((name) => [name, industry.replace(/_.*/, '')] as [string, string])));

/** Last words that make a name an organisation ("Open Market Committee", "Newcastle United"). */
export const ORG_WORDS = set(
  'league fc united city club committee reserve bank university college council agency ministry department party inc corp group journal times post news sports tv media association federation union court institute commission company airlines fund office army police parliament congress senate foundation network press board authority athletic capital partners ventures holdings systems robotics pharmaceuticals school hospital museum center centre laboratory railway railways rail ferries airways motors energy power water telecom foods labs studios records games alliance front coalition movement service services trust society studio brands industries group administration inspectorate protection authority regulator tribunal town rovers wanderers albion securities therapeutics capital insurance bancorp bancshares financial analytics consulting solutions technologies logistics associates pharma biotech democrats dems republicans conservatives tories socialists liberals nationalists unionists communists greens'
);

/** Words that make a name a place ("Republic of Korea") or point a place ("North Korea"). */
export const PLACE_WORDS = set('republic kingdom states islands province county region sea ocean stadium arena airport street avenue ave blvd boulevard road square station bridge');
/** First words of places ("Port Klang", "Mount Kenya", "Lake Como") and last words ("Berry Head", "Bantry Bay"). */
export const PLACE_FIRST = set('port mount lake cape fort');
export const PLACE_LAST = set('head bay point valley lake river hill hills island mountains peninsula coast harbour harbor falls springs heights park');
export const COMPASS = set('north south east west northeast northwest southeast southwest central eastern western');

/**
 * Places by kind (countries | cities | US states | continents | oceans | ...), with irregular demonyms after a colon and
 * (countries and cities listed by region, so that a built-in stand-in comes from near the answer)
 * the country of a capital after ">".
 */
const PLACE_LIST =
  'Britain England>Britain Scotland>Britain Wales:Welsh>Britain Ireland:Irish France:French Belgium Netherlands:Dutch Germany Switzerland:Swiss Austria Denmark Norway Sweden:Swedish Finland Portugal:Portuguese Spain:Spanish Italy Greece:Greek Poland:Polish Hungary Romania Serbia Croatia Slovenia Bosnia Montenegro Albania Bulgaria Moldova Czech_Republic Slovakia Lithuania Latvia Estonia Iceland Luxembourg Cyprus Malta Belarus Ukraine Russia Turkey:Turkish Israel Lebanon Jordan Syria Iraq Iran Armenia Azerbaijan Kazakhstan Uzbekistan Qatar Yemen Saudi_Arabia Kuwait Bahrain Oman United_Arab_Emirates Egypt Libya Morocco Sudan Ethiopia Kenya Nigeria Algeria Tunisia Senegal Ghana Ivory_Coast Cameroon Uganda Tanzania Rwanda Somalia Zimbabwe Zambia South_Africa Angola Mozambique Pakistan Afghanistan India Bangladesh Nepal Sri_Lanka China Taiwan Korea Japan Philippines Vietnam Thailand:Thai Indonesia Singapore Malaysia Myanmar Cambodia Laos Mongolia Australia New_Zealand Fiji Papua_New_Guinea Canada U.S. Mexico Cuba Jamaica Haiti Dominican_Republic Bahamas Trinidad_and_Tobago Panama Costa_Rica Guatemala Honduras Nicaragua El_Salvador Venezuela Colombia Ecuador Peru Bolivia Brazil Paraguay Uruguay Chile Argentina' +
  '|London>Britain Manchester>Britain Paris>France Brussels Berlin>Germany Munich>Germany Madrid>Spain Rome>Italy Milan>Italy Kyiv>Ukraine Moscow>Russia Istanbul>Turkey Cairo>Egypt Tehran>Iran Dubai>United_Arab_Emirates Delhi>India Beijing>China Seoul>South_Korea Pyongyang>North_Korea Tokyo>Japan Washington>U.S. Chicago>U.S. Los_Angeles>U.S. San_Francisco>U.S. Boston>U.S. Houston>U.S. Dallas>U.S. Miami>U.S. Atlanta>U.S. Seattle>U.S. Detroit>U.S. Philadelphia>U.S. Las_Vegas>U.S. Denver>U.S. Toronto>Canada Montreal>Canada Vancouver>Canada Ottawa>Canada Mexico_City>Mexico Sao_Paulo>Brazil Rio_de_Janeiro>Brazil Buenos_Aires>Argentina Sydney>Australia Melbourne>Australia Brisbane>Australia Auckland>New_Zealand Canberra>Australia Mumbai>India Shanghai>China Hong_Kong>China Osaka>Japan Kyoto>Japan Bangkok>Thailand Jakarta>Indonesia Manila>Philippines Hanoi>Vietnam Karachi>Pakistan Lahore>Pakistan Islamabad>Pakistan Kabul>Afghanistan Baghdad>Iraq Damascus>Syria Beirut>Lebanon Jerusalem>Israel Tel_Aviv>Israel Riyadh>Saudi_Arabia Doha>Qatar Abu_Dhabi>United_Arab_Emirates Johannesburg>South_Africa Cape_Town>South_Africa Lagos>Nigeria Nairobi>Kenya Amsterdam>Netherlands Vienna>Austria Prague>Czech_Republic Warsaw>Poland Budapest>Hungary Stockholm>Sweden Oslo>Norway Copenhagen>Denmark Helsinki>Finland Dublin>Ireland Edinburgh>Britain Glasgow>Britain Cardiff>Britain Belfast>Britain Birmingham>Britain Lisbon>Portugal Athens>Greece Geneva>Switzerland Zurich Frankfurt>Germany Hamburg>Germany Turin>Italy Naples>Italy Florence>Italy Venice>Italy Seville>Spain' +
  '|Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington_State West_Virginia Wisconsin Wyoming' +
  '|Africa Asia Europe Oceania|Pacific Atlantic|Gaza|EU' +
  // Sports grounds: "Roland Garros" is a venue, never a person among players.
  '|Roland_Garros Flushing_Meadows Melbourne_Park Wembley Twickenham Murrayfield Old_Trafford Anfield Camp_Nou Bernabeu San_Siro Croke_Park Lansdowne_Road Stade_de_France';

/** Places whose names take "the" ("the Netherlands"); others never do ("the Canada"). */
export const PLACES_WITH_THE = /^(?:U\.S\.|Netherlands|Philippines|Gaza|EU|Pacific|Atlantic)$/;

/** Place name → itself; demonym (irregular ones) → place. */
export const PLACES = new Map<string, string>();
/** Capital (or part) → country: "Moscow" often stands for "Russia", so one is no distractor for the other. */
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
/** Leagues and agencies by kind, for the same use as PLACE_KINDS when the article names too few. */
export const KINDS = new Map<string, string[]>();
for (const kind of ['Premier League|La Liga|Serie A|Bundesliga|Ligue 1', 'ICE|FBI|DEA|ATF']) {
  const members = kind.split('|');
  for (const member of members) KINDS.set(member, members);
}
// Spellings of a member that are no member of their own: typed alike, never offered beside it.
KINDS.set('LaLiga', KINDS.get('La Liga')!);
// One key per country however it is written.
for (const name of ['US', 'USA', 'United States', 'America', 'American']) PLACES.set(name, 'U.S.');
for (const name of ['UK', 'U.K.', 'United Kingdom', 'British']) PLACES.set(name, 'Britain');
PLACES.set('German', 'Germany');
PLACES.set('Norwegian', 'Norway');
PLACES.set('Danish', 'Denmark');
PLACES.set('Finnish', 'Finland');
// People by their country: "Briton Clive Owen", "Irishmen JP McManus" (the demonym is no part of the name).
for (const [names, place] of [
  ['Briton Britons Englishman Englishmen Englishwoman', 'Britain'],
  ['Scot Scots Scotsman Scotswoman', 'Scotland'],
  ['Welshman Welshmen Welshwoman', 'Wales'],
  ['Irishman Irishmen Irishwoman', 'Ireland'],
  ['Frenchman Frenchmen Frenchwoman', 'France'],
  ['Spaniard Spaniards', 'Spain'],
  ['Dutchman Dutchwoman', 'Netherlands'],
  ['Swede Swedes', 'Sweden'],
  ['Pole Poles', 'Poland'],
  ['Turk Turks', 'Turkey'],
  ['Argentine Argentines', 'Argentina'],
] as const)
  for (const name of names.split(' ')) PLACES.set(name, place);

/**
 * Sets of words that can stand in for each other in a statement and change its meaning
 * ("most" → "few", "higher" → "lower"): the swap slots of answers that name no entity.
 */
// Left out on purpose: quantifiers ("most" → "some" is still true) and "can"/"cannot" (a negated clause
// contradicts the rest of the sentence).
export const CONTRASTS = [
  'latest oldest earliest',
  'higher lower',
  'more less',
  'increased decreased',
  'rose fell',
  'largest smallest',
  'best worst',
  'top bottom',
  'first last',
  'before after',
  'early late',
  'favorite underdog',
  'won lost drew',
  'significant limited minor',
  'strong weak',
  'growing shrinking declining',
  'expanded reduced',
  'improved weakened',
  'harder easier',
  'faster slower',
  'better worse',
  'longer shorter',
  'cheaper costlier',
  'increase decrease',
  'raise lower',
  'suppress boost',
].map((line) => line.split(' '));

export const MONTHS = 'January February March April May June July August September October November December'.split(' ');
export const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
export const ORDINAL_WORDS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ');
export const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

/**
 * Common given names, for telling a person from a guessed name ("Old Dalesman", "Holme Lane") and for a
 * person's gender when no pronoun says it. Short on purpose: a name missing here is only a guess left open.
 */
export const FEMALE_NAMES = set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy kathleen angela anna helen emma olivia sophia sophie isabella mia charlotte amelia grace chloe lucy hannah rachel julia claire catherine kate katherine alice eleanor ruth jane joan ann anne marie maria rosa ana carmen elena lucia sofia valentina camila isabel ines beatriz francesca giulia chiara martina ingrid astrid freya greta eva lena leonie hanna nadia fatima aisha amina layla yasmin leila zainab priya ananya lakshmi divya pooja meera mei li na yuki akiko sakura hana ji-woo min-ji grace mercy faith joy blessing chiamaka ngozi amara thandiwe lindiwe naledi wanjiru zanele ama abena akua kemi funmi tigist hiroko aoife siobhan niamh sinead ciara fiona morag shona rhian sian bethan cerys lorraine amanda gail marissa dana karen lotte marieke yvonne irene judith miriam naomi esther deborah tamar noa abigail alison amber andrea angelina annie beatrice becky belinda beth bethany brenda bridget brigitte britney caitlin camilla carla caroline carolyn cathy christina christine clare claudia daisy daniela danielle debbie denise diana diane dora dorothy edith eileen elaine ella ellen ellie erica erin eve frances gemma gillian gina harriet hayley heather helena holly jackie jacqueline janet janice jasmine jean jenny jill joanna joanne josephine judy julie kathryn katie kay kirsty lauren leah lindsay lizzie lorna louise lydia madeleine maggie marilyn martha maureen megan melanie miranda molly monica natalie natasha nicola nicole nina pamela paula pauline penny philippa rita rosemary sally samantha sara serena sheila shirley stella sue suzanne sylvia tanya teresa theresa tina tracy valerie vanessa venus vera veronica vicky wendy zoe anastasia svetlana amelie justine hilary teri annette halle'
);
export const MALE_NAMES = set(
  'philip howard ian mervyn gordon tony james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas peter oliver harry noah leo charlie oscar archie alfie freddie theo luke tom ben sam joe max jake callum lewis liam connor conor sean ciaran niall eoin darragh rhys dylan owen gareth dafydd ewan hamish angus fraser ross calum juan carlos luis miguel javier pablo diego sergio alejandro andres jorge antonio manuel francisco pedro rafael marco luca matteo giovanni giuseppe alessandro lorenzo francesco pierre jean louis antoine francois hugo lucas mathis hans klaus jurgen stefan lukas felix jonas niklas lars erik axel sven olaf mads anders bjorn mohamed mohammed muhammad ahmed ali omar hassan hussein khalid youssef ibrahim yusuf mustafa arjun rahul rohan vikram sanjay amit raj ravi arun anand vijay suresh wei jun hao chen kenji hiroshi takashi kenta haruto min-jun ji-hoon kwame kofi kojo emeka chidi tunde olu segun femi thabo sipho themba jabu elias abebe daniel samuel moses isaac joseph cole bukayo declan enzo mikel harry erling kylian adrian aidan alan albert alex alfred allan alvaro andre andy arnold arthur austin barry bernard bill billy bob bobby brad bradley brendan brett bruce bryan calvin cameron carl chris christian christoph christophe clive colin craig curtis dale damian damien dan danny darren dave dean derek dominic don doug duncan ed eddie edgar ernest ernie euan evan fernando francis fred frederick gavin geoff geoffrey gerald gerard gilbert glen glenn graham grant greg gustavo guy harold harvey hector hugh ivan jamie jeff jeremy jesse jim jimmy joel johnny jon jordan julian karl keith ken kieran kyle lance laurence lawrence lenny leon leonard leonardo lionel malcolm marc marcus mario marlon martin matt maurice mike mitchell neil nick nigel noel ollie pete phil phillip ralph ray reece rick ricky rob robbie robby roberto rod roger roland ron roy russell sebastian seth shane shaun simon stan stanley steve stewart stuart ted terence tim toby todd tommy travis trevor vincent walter warren wayne wesley zach gianluca massimo luigi carlo andrea fabio wolfgang dieter thierry didier jean-pierre laurent olivier nicolas mats pavel vladimir sergei dmitry igor yuri rashid takeshi coby micah'
);
