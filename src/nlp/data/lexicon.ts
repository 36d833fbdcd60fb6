/**
 * Word lists of the NLP stage: general cue words only (no names of people, outlets or groups).
 * All entries are lower case; titles are matched without a trailing period.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that make a run a title or honorific ("Deputy Foreign Minister", "Dr.", "Mawlawi"). */
export const TITLE_HEADS = set(`
  president vice-president president-elect minister prime-minister premier chancellor secretary
  secretary-general undersecretary ambassador envoy consul diplomat spokesperson spokesman spokeswoman
  king queen prince princess emir sultan sheikh shaikh mawlawi maulvi mullah mufti imam ayatollah
  haji sir dame lord pope cardinal bishop archbishop rabbi judge justice governor mayor senator
  congressman congresswoman lawmaker mp general gen lt col colonel capt captain admiral adm commander
  commissioner chairman chairwoman chairperson ceo director head leader speaker mr mrs ms mx dr prof
  professor sen rep gov rev reverend hon sgt sergeant marshal officer attorney-general coach
  inspector superintendent commodore lieutenant detective constable sheriff executive chief
`);

/** Words that may stand in a title before its head ("Deputy Foreign Minister", "special presidential envoy"). */
export const TITLE_MODIFIERS = set(`
  deputy vice acting former first prime foreign interior defence defense finance health justice trade
  economy economic energy education culture information special presidential senior supreme chief
  general state top crown grand interim caretaker permanent assistant executive national regional
  federal provincial municipal minority majority opposition newly appointed new outgoing incoming
`);

/** Words that may follow "Minister of" / "Secretary of" inside a title ("Minister of Foreign Affairs"). */
export const TITLE_DOMAINS = set(`
  foreign affairs state defence defense interior finance justice health education trade economy
  economic energy agriculture culture information communications transport labour labor home internal
  external national security public works environment science technology industry commerce the and
`);

/** Cue words that make a capitalised run an organisation. */
export const ORG_CUES = set(`
  ministry court magistrates agency authority council bank university college institute academy school party forum
  group inc ltd llc plc corp corporation company co news times post press journal herald tribune
  gazette telegraph emirate state union organization organisation committee commission army police
  navy force forces guard guards department office parliament assembly congress senate duma federation
  alliance front movement association foundation fund network service services tv radio channel media
  agency government administration cabinet board bureau directorate command brigade battalion militia
  republic kingdom caliphate coalition league institution centre center exchange airlines hospital
  clinic museum library prison hotel stadium airport confederation secretariat tribunal survey corps
  wire daily weekly courier observer ledger chronicle monitor review holdings industries technologies
  laboratories labs pharmaceuticals pharma medical marine shipping logistics airways motors terminals
  workers lines railway railways energy systems partners capital studios pictures entertainment foods
  brands resources petroleum mining electric solutions ventures investments securities insurance
  telecom software aerospace automotive chemicals construction properties realty retail stores
  rail railroad transit ferries airline steel utilities works
`);

/** Cue words that make a capitalised run a place. */
export const PLACE_CUES = set(`
  district province region city county valley river island islands sea ocean mountains mountain strait
  gulf peninsula desert lake bay oblast krai governorate prefecture township village street square
  lane road avenue quay wharf bridge terrace crescent boulevard pier embankment headland sound harbour
  harbor arena
`);

/**
 * Place cue words written before "of" and the name they head ("Gulf of Velm", "Isle of Tarn", "Strait of
 * Ulmar", "Bay of Kesh"): the run goes on over the "of".
 */
export const PLACE_OF_HEADS = set('gulf bay strait straits sea isle cape');

/**
 * Public-service fields that open the second half of a body's name after "and" ("Fire and Rescue
 * Service", "Health and Safety Executive", "Fisheries and Oceans Department"): a capitalised name ending
 * in one of them goes on over the "and".
 */
export const SERVICE_FIELDS = set(`
  fire rescue health safety social care sport sports media culture food drug drugs fisheries forestry
  parks wildlife customs immigration border borders emergency marine coastguard transport trade industry
  science technology education environment housing
`);

/**
 * Heads of place and venue names in languages that join them to a name with a particle ("Rue de Velm",
 * "Stade de Tarn", "Piazza della Kesh", "Calle del Sol"): such a run is a place, never a person.
 */
export const PARTICLE_PLACE_HEADS = set(`
  rue avenue place boulevard quai pont palais stade gare porte plaza calle paseo via piazza palazzo
  ponte porta strada viale largo stadio estadio puerto rio isla costa monte lago cabo ciudad villa
`);

/**
 * Street heads written before the name ("Avenue Montaigne", "Boulevard Haussmann", "Calle Mayor"):
 * with one name after them the run is a street. Only heads that are no one's first name or surname
 * ("Costa", "Villa", "Isla", "Rio" are left out).
 */
export const STREET_HEADS_FIRST = set(`
  rue avenue boulevard quai piazza calle paseo viale strada plaza avenida rua
`);

/** Compass words: with another capitalised word they name a region ("Eastern Europe", "Global South"). */
export const COMPASS = set(`
  north south east west northern southern eastern western central northeast northwest southeast
  southwest north-east north-west south-east south-west
`);

/** Capitalised adjectives of faith, politics or region: a run holding one is not a person's name. */
export const QUALIFIERS = set(`
  islamic islamist sunni shia shiite muslim christian jewish catholic orthodox buddhist hindu arab
  soviet european asian african global international national united new old great democratic
  republican liberal conservative socialist communist federal royal imperial supreme economic
`);

/** Words that join two capitalised runs inside one name ("Ministry of Foreign Affairs"). */
export const CONNECTORS = set('of for the');

/** Reporting verbs and their forms: they introduce a quote or mark their subject as a speaker. */
export const REPORTING_VERBS = set(`
  say says said saying state states stated stating tell tells told telling add adds added adding
  note notes noted noting announce announces announced announcing write writes wrote writing ask asks
  asked asking confirm confirms confirmed confirming declare declares declared declaring explain
  explains explained explaining insist insists insisted warn warns warned warning claim claims claimed
  stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised reply
  replies replied respond responds responded comment comments commented tweet tweeted posted describe
  describes described describing call calls called calling quote quoted quoting reiterate reiterated
  acknowledge acknowledged argue argues argued recall recalled admit admitted urge urged assert
  asserted remark remarked continued told mention mentioned shouted shouting yelled yelling screamed
  screaming exclaimed cried promise promises promised promising pledge pledged pledging vow vowed vowing
  boasted joked quipped conceded predicted
`);

/** Month names (lower case): they are dates, never names. */
export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec
`);

/** Weekday names (lower case): they are dates, never names. */
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Capitalised words that open sentences and are never names. */
export const SENTENCE_STARTERS = set(`
  the a an this that these those it he she they we i you there here but and or so yet then meanwhile
  however also in on at for with from by as after before while when if although though despite since
  following according ultimately additionally consequently notably still now today yesterday tomorrow
  what why how who where which such some many most all no not only even just more less other others
`);

/** Name particles: lower-case words inside or before a surname ("van der Berg", "bin Rashid", "al-"). */
export const NAME_PARTICLES = set(`
  van von der den de del della di da dos das du la le bin ibn bint al el abu ter ten zu y
`);

/** Title words beyond the heads and modifiers: police, company and church ranks (stripped from speakers). */
export const RANK_TITLES = set(`
  inspector detective constable superintendent sergeant executive officer chair chairman manager editor
  master commodore lieutenant brigadier corporal
  professor doctor father sister brother analyst lawyer attorney advocate pensioner actor actress
`);

/** Letters written after a name ("Jr.", "MD", "PhD"): a suffix of a name, never a name on their own. */
export const POST_NOMINALS = set(`
  jr sr ii iii iv md phd dc esq rn dds mba obe mbe cbe kbe qc kc
`);

/** Capitalised words that never start or make a name on their own. */
export const NOT_NAMES = set(`
  the a an this that these those it he she they we i you his her their our its mr mrs ms but and or if
  when while as in on at
`);

/** Time words: a speaker phrase holding one is a time phrase ("early Friday"), not a speaker. */
export const TIME_WORDS = set(`
  today yesterday tomorrow morning afternoon evening night week month year day days weeks months years
  time early late earlier later ago tonight weekend
`);

/** Words right before a quote that make it a title, a slogan or a sign, not speech ("singing “…”"). */
export const NAMING_CUES = set(`
  singing sang sing song songs chanting chanted chant chants titled entitled headlined headline slogan
  hashtag banner banners sign signs reading read film book album dubbed nicknamed called so-called known
  termed labelled labeled branded named
`);
