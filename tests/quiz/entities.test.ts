import {nameStandIns, sameName} from '../../src/quiz/asking/distractors.js';
import {expect} from '@open-wc/testing';
import {analyze, contentWords, placeOfDemonym} from '../../src/quiz/understanding/entities.js';
import type {Analysis} from '../../src/quiz/understanding/mentions.js';

const SENTENCES = [
  'North Korean leader Kim Jong Un met Russian Foreign Minister Sergei Lavrov in Pyongyang on Oct 20.',
  'Kim said the talks with Lavrov covered plans for 2024-2025.',
  'The Federal Open Market Committee kept rates at 4.25%-4.50%, and the FOMC meets again on March 18-19.',
  'Apple said the AirTag 2 costs $29 and ships in five countries.',
];

const mentionsOf = (analysis: Analysis, sentence: number) => analysis.mentions[sentence].map((m) => `${m.text}=${m.key}:${analysis.entities.get(m.key)!.type}${m.fixed ? '!' : ''}`);

describe('entities', () => {
  const analysis = analyze(SENTENCES);

  it('strips titles and maps demonyms to their places', () => {
    const found = mentionsOf(analysis, 0);
    expect(found).to.include('Kim Jong Un=Kim Jong Un:person');
    expect(found).to.include('Sergei Lavrov=Sergei Lavrov:person');
    expect(found).to.include('North Korean=North Korea:place!');
    expect(found).to.include('Russian=Russia:place!');
    expect(found).to.include('Pyongyang=Pyongyang:place');
  });

  it('merges aliases into the full name', () => {
    const found = mentionsOf(analysis, 1);
    expect(found).to.include('Kim=Kim Jong Un:person');
    expect(found).to.include('Lavrov=Sergei Lavrov:person');
    expect(analysis.entities.get('Kim Jong Un')!.sentences).to.deep.equal([0, 1]);
  });

  it('finds numbers, ranges, percentages, money and dates by pattern', () => {
    const types = Object.fromEntries(analysis.mentions.flat().map((m) => [m.text, m.type]));
    expect(types['Oct 20']).to.equal('date');
    expect(types['2024-2025']).to.equal('range');
    expect(types['4.25%-4.50%']).to.equal('range');
    expect(types['March 18-19']).to.equal('date');
    expect(types['$29']).to.equal('money');
    expect(types['five']).to.equal('count');
  });

  it('keeps model numbers with their names and types organisations', () => {
    const found = mentionsOf(analysis, 3).concat(mentionsOf(analysis, 2));
    expect(found.some((m) => m.startsWith('AirTag 2='))).to.be.true;
    expect(found).to.include('Federal Open Market Committee=Federal Open Market Committee:org');
    expect(found).to.include('FOMC=FOMC:org');
  });

  it('reads whole names: a plural possessive inside, an opening adverb outside, a place that starts a company', () => {
    const other = analyze([
      "The Transport Workers' Federation called the strike after talks with Northway Transit failed.",
      'Today Kinfolk Naturals is stocked in 400 shops, said founder Nadia Okafor.',
      'UK Power Networks and Western Power Distribution restored supplies, while British Airways cancelled flights.',
      'Her company, Kinfolk Naturals, sells shampoos made in Birmingham.',
    ]);
    const keys = [...other.entities.keys()];
    expect(keys).to.include.members(["Transport Workers' Federation", 'Kinfolk Naturals', 'UK Power Networks', 'British Airways']);
    for (const item of ['Federation', 'Today Kinfolk', 'Today Kinfolk Naturals', 'Power Networks', 'Airways']) expect(keys).to.not.include(item);
    expect(other.entities.get('Kinfolk Naturals')!.type).to.equal('org');
  });

  it('keeps whole the names of bodies and places: "Food and Drug Administration", "King\'s College London", "Mid-Atlantic Ridge"', () => {
    const other = analyze([
      'The Food and Drug Administration on Thursday approved Velora, an injection for migraine.',
      "Ahmed Karim, a cardiologist at King's College London, praised the study from the Centre for Cardiovascular Science.",
      'The vents lie on the Mid-Atlantic Ridge, and the Italian Renato Galli studied them with Kim and Lavrov.',
    ]);
    const keys = [...other.entities.keys()];
    expect(keys).to.include.members(['Food and Drug Administration', "King's College London", 'Centre for Cardiovascular Science', 'Mid-Atlantic Ridge']);
    for (const item of ['Drug Administration', 'College London', 'Cardiovascular Science', 'Atlantic Ridge', 'Kim and Lavrov']) expect(keys).to.not.include(item);
    expect(other.entities.get('Renato Galli')!.the).to.equal(0);
  });

  it('reads "St. Marys", US states and company suffixes, and no opening "Like"', () => {
    const other = analyze(['They built an arena in St. Marys and a store in Stratford.', 'Like Anand Kumar, he comes from Chennai.', 'Brightwell Analytics moved from North Carolina to Oregon.']);
    const keys = [...other.entities.keys()];
    expect(keys).to.include.members(['St. Marys', 'Anand Kumar', 'Brightwell Analytics', 'North Carolina', 'Oregon']);
    for (const item of ['Marys', 'Like Anand Kumar']) expect(keys).to.not.include(item);
    expect(other.entities.get('North Carolina')!.type).to.equal('place');
    expect(other.entities.get('Brightwell Analytics')!.type).to.equal('org');
  });

  it('types works and products, which stand in only for each other: "album, Weather Vane", "Velora, an injection"', () => {
    const other = analyze([
      "The group's previous album, Weather Vane, reached number two, said singer Maddie Farrow.",
      'Regulators approved Velora, an injection given once every six months, said Rebecca Lang.',
      "The company's main product, an assistant called Loop Copilot, was launched in March.",
    ]);
    for (const work of ['Weather Vane', 'Velora', 'Loop Copilot']) expect(other.entities.get(work)!.type, work).to.equal('work');
    const phones = analyze(['Veyra launched the Nova 9, which runs Android and supports Bluetooth, in Barcelona.']);
    for (const platform of ['Android', 'Bluetooth']) expect(phones.entities.get(platform)!.type, platform).to.equal('work');
    expect(other.entities.get('Maddie Farrow')!.type).to.equal('person');
    const standIns = nameStandIns(other, other.entities.get('Maddie Farrow')!, {words: ['group', 'album'], keys: new Set(), near: [], own: [0], text: '', nameWords: new Set()}).map((e) => e.key);
    for (const item of ['Weather Vane', 'Velora', 'Loop Copilot']) expect(standIns).to.not.include(item);
  });

  it('reads a portfolio into the title and an organisation word into the name: "Minister for Finance X", "Police Scotland"', () => {
    const other = analyze(['The Minister for Finance Conor Whelan said the surplus would grow.', 'Police Scotland said the men did not want to be named.', 'Whelan met officials in Dublin.']);
    const keys = [...other.entities.keys()];
    expect(keys).to.include.members(['Conor Whelan', 'Police Scotland']);
    for (const item of ['Finance Conor Whelan', 'Scotland']) expect(keys).to.not.include(item);
    expect(other.entities.get('Conor Whelan')!.titles?.has('minister')).to.be.true;
  });

  it('takes "Hartwell, which ..." for a company, not for its chair Robert Hartwell', () => {
    const other = analyze(['Robert Hartwell, the chair, founded the firm in 1968.', 'Hartwell, which is based in Leeds, offered 465p a share for Pennine.']);
    const mention = other.mentions[1].find((m) => m.text === 'Hartwell')!;
    expect(mention.key).to.equal('Hartwell');
    // A surname that also starts a company's name is neither's alias.
    const maker = analyze(['The household appliance maker Brennan Appliances will close its factory.', 'Its chairman, Thomas Brennan, said little.', 'Brennan said production would move to Poland.']);
    expect(maker.mentions[2].find((m) => m.text === 'Brennan')!.key).to.equal('Brennan');
    expect(analyze(['Lancashire Fire and Rescue Service said its crews rescued 68 people.']).entities.has('Lancashire Fire and Rescue Service')).to.be.true;
  });

  it('knows common given names (a person, and a gender) and needs evidence for other guesses', () => {
    const other = analyze(['Scientists from the University of the Azores met Laura Benning and Old Dalesman in Ponta Delgada.', 'The brewer sells Old Dalesman bitter, and Holme Lane was full on Saturday.']);
    expect(other.entities.get('Laura Benning')!.type).to.equal('person');
    expect(other.entities.get('Laura Benning')!.gender).to.equal('f');
    expect(other.entities.get('Old Dalesman')!.type).to.not.equal('person');
    expect(other.entities.get('Holme Lane')!.type).to.not.equal('person');
    expect(other.entities.has('University of the Azores')).to.be.true;
  });

  it('takes the other side of a match for no person: "knocked out by Dinamo Zagreb", "Bodo/Glimt"', () => {
    const other = analyze([
      'Bodo/Glimt were knocked out of qualifying by Dinamo Zagreb last week.',
      'Brighton signed Lars Haugen from Bodo/Glimt, and Haugen said he was delighted.',
      'The Tides beat Lakeview Storm on Saturday.',
    ]);
    expect(other.entities.get('Dinamo Zagreb')!.type).to.not.equal('person');
    expect(other.entities.get('Lakeview Storm')!.type).to.not.equal('person');
    expect(other.entities.has('Bodo/Glimt')).to.be.true;
    expect(other.entities.get('Lars Haugen')!.type).to.equal('person');
  });

  it('does not guess a party for a person: "the nationalist Homeland Front", "the Green Future party"', () => {
    const other = analyze([
      'The nationalist Homeland Front took 9.8% and 19 seats, while Elena Varga said she would talk to everyone.',
      'The Green Future party doubled its share, and Tomas Reiner said his party was open to talks.',
    ]);
    expect(other.entities.get('Homeland Front')!.type).to.not.equal('person');
    expect(other.entities.get('Green Future')!.type).to.not.equal('person');
    expect(other.entities.get('Elena Varga')!.type).to.equal('person');
  });

  it('does not take the headline of a linked page for a name, and keeps the name inside it', () => {
    const other = analyze([
      'Chelsea FC fans can stay up-to-date with the latest transfer news at Chelsea FC Transfer Updates.',
      'Fans can also read Arsenal Makes Champions League History with Perfect Record, or Barcelona Team News.',
      'Barcelona beat Chelsea FC, and the latest news and updates will follow.',
    ]);
    const keys = [...other.entities.keys()];
    for (const headline of ['Chelsea FC Transfer Updates', 'Perfect Record', 'Barcelona Team News']) expect(keys).to.not.include(headline);
    expect(keys).to.include.members(['Chelsea FC', 'Barcelona']);
  });

  it('does not take sentence openers, headings or contractions for names', () => {
    const other = analyze(['During the visit, officials met.', "I'm sure Key Takeaways are key, said Maria Lopez.", 'The takeaways were clear.']);
    const texts = other.mentions.flat().map((m) => m.text);
    expect(texts).to.not.include('During');
    expect(texts).to.not.include("I'm");
    expect(texts).to.not.include('Key Takeaways');
    expect(texts).to.include('Maria Lopez');
  });

  it('resolves demonyms by suffix rules and known places', () => {
    expect(placeOfDemonym('Ukrainian', () => false)).to.equal('Ukraine');
    expect(placeOfDemonym('Chinese', () => false)).to.equal('China');
    expect(placeOfDemonym('French', () => false)).to.equal('France');
    expect(placeOfDemonym('North Korean', (p) => p === 'North Korea')).to.equal('North Korea');
    expect(placeOfDemonym('Golden', () => false)).to.equal(undefined);
  });

  it('groups names listed together', () => {
    const listed = analyze(['Fans of Barcelona, Elche and Getafe watched.', 'Getafe lost.']);
    const groups = ['Barcelona', 'Elche', 'Getafe'].map((key) => listed.entities.get(key)!.group);
    expect(new Set(groups).size).to.equal(1);
  });

  it('strips long titles and finds short quoted terms, relative dates and weekdays', () => {
    const other = analyze(['Chief Financial Officer Colette Kress said the outlook was "data dependent" on Monday.', 'NATO Secretary General Mark Rutte visited Lausanne, Switzerland last month.']);
    const found = other.mentions.flat().map((m) => `${m.text}:${other.entities.get(m.key)!.type}`);
    expect(found).to.include('Colette Kress:person');
    expect(found).to.include('Mark Rutte:person');
    expect(found).to.include('data dependent:quote');
    expect(found).to.include('Monday:when');
    expect(found).to.include('last month:when');
    expect(found).to.include('Lausanne:place');
  });

  it('tells teams and things from people', () => {
    const other = analyze(['Real Sociedad lost at home, and their fans were unhappy.', 'Reactive Machines are the simplest kind of AI.', 'Cole Palmer scored twice for Chelsea.']);
    expect(other.entities.get('Real Sociedad')!.type).to.not.equal('person');
    expect(other.entities.get('Reactive Machines')!.type).to.not.equal('person');
    expect(other.entities.get('Cole Palmer')!.type).to.equal('person');
    expect(other.entities.has('AI')).to.be.false;
    // A player is no team because the club's "their" follows him, nor a port a person.
    const match = analyze([
      'Jonas Eriksen scored for Castleford, and their fans sang until the end.',
      'Eriksen said he was delighted.',
      'The ships collided south-west of Port Klang on Monday.',
      'Castleford are a point ahead of Harwich Town.',
    ]);
    expect(match.entities.get('Jonas Eriksen')!.type).to.equal('person');
    expect(match.entities.get('Port Klang')!.type).to.equal('place');
    expect(match.entities.get('Harwich Town')!.type).to.equal('org');
  });

  it('reads a score as one result, and leaves times, model numbers and compounds out of the figures', () => {
    const other = analyze(['Arsenal won 2-1 at 3:45 p.m. with the AirTag 2 and a 10-year plan, beating 401(k) rules.']);
    const figures = other.mentions[0].filter((m) => !['person', 'place', 'org', 'name'].includes(m.type)).map((m) => `${m.text} ${m.type}`);
    expect(figures).to.deep.equal(['2-1 score']);
  });

  it('counts content words like quiz-check', () => {
    expect(contentWords("The U.S. and Kim's team won")).to.deep.equal(['u.s', 'kim', 'team', 'won']);
  });

  it('handles empty and odd input', () => {
    expect(analyze([]).entities.size).to.equal(0);
    expect(() => analyze(['', '...', '!!!', '😀 Ünïcödé Ñame 42'])).to.not.throw();
  });

  it('types a street as a place and a town written "In X" as a place; a plural clipping names its party', () => {
    const analysis = analyze([
      'The council approved bike lanes along Division Street and Hawthorne Boulevard on Thursday.',
      'Mayor Keith Wilson said the lanes would make streets safer, and Commissioner Rene Gonzalez voted against.',
      'In Cardiff, a man was taken to hospital after a tree fell on his car.',
    ]);
    expect(analysis.entities.get('Hawthorne Boulevard')?.type).to.equal('place');
    expect(analysis.entities.get('Cardiff')?.type).to.equal('place');
    expect(sameName('Greens', 'Green Party')).to.be.true;
    expect(sameName('Reds', 'Real Madrid')).to.be.false;
  });
});
