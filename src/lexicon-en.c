/*
 * lexicon-en.c - the English lexicon (lexicon.h): every word list the
 * checks, the quote reader, the language guess and the correction notice
 * use for English.  Each list is sorted as lexicon_compare sorts
 * (tests/test-lexicon.c checks it): add a word in its place.
 */
#include "lexicon.h"

/* An entry: a word; a word and its value; a word, its value and flags. */
#define W(w) { .word = (w) }
#define V(w, v) { .word = (w), .value = (v) }
#define F(w, v, f) { .word = (w), .value = (v), .flags = (f) }
#define LIST(a) { .entries = (a), .count = sizeof (a) / sizeof (a)[0] }

/* Weekday names; the abbreviations only capitalized or in capitals (and
 * only with a date after them: "Sun" and "Sat" are words). */
static const struct lexicon_entry weekdays[] = {
	F("Fri", 5, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Friday", 5),
	F("Mon", 1, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Monday", 1),
	F("Sat", 6, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Saturday", 6),
	F("Sun", 0, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Sunday", 0),
	F("Thu", 4, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
	F("Thur", 4, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
	F("Thurs", 4, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Thursday", 4),
	F("Tue", 2, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
	F("Tues", 2, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Tuesday", 2),
	F("Wed", 3, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("Wednesday", 3),
	F("Weds", 3, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
};

/* Month names and their abbreviations ("May" is also a name: Theresa
 * May). */
static const struct lexicon_entry months[] = {
	F("Apr", 4, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("April", 4),
	F("Aug", 8, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("August", 8),
	F("Dec", 12, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("December", 12),
	F("Feb", 2, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("February", 2),
	F("Jan", 1, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("January", 1),
	F("Jul", 7, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("July", 7),
	F("Jun", 6, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("June", 6),
	F("Mar", 3, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("March", 3),
	F("May", 5, LEXICON_ALSO_NAME), F("Nov", 11, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
	V("November", 11), F("Oct", 10, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
	V("October", 10), F("Sep", 9, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER),
	F("Sept", 9, LEXICON_ABBREVIATION | LEXICON_NOT_LOWER), V("September", 9),
};

/* Words that count what follows: "two Sundays". */
static const struct lexicon_entry count_words[] = {
	W("few"), W("five"), W("four"), W("several"), W("three"), W("two"),
};

/* Words before a weekday alone that make it no one day. */
static const struct lexicon_entry relative_before[] = {
	W("coming"), W("each"), W("every"), W("last"), W("next"), W("past"), W("this"),
};

/* Words after a weekday that make it relative: "Friday next". */
static const struct lexicon_entry relative_after[] = {
	W("last"), W("next"), W("week"),
};

/* Words between a weekday and its date: a time of day, "the". */
static const struct lexicon_entry date_fillers[] = {
	W("afternoon"), W("evening"), W("morning"), W("night"), W("the"),
};

/* Words that join weekdays into a list or a range. */
static const struct lexicon_entry connectors[] = {
	W("and"), W("or"), W("through"), W("thru"), W("till"), W("to"), W("until"),
};

/* Titles, offices and honorifics before a name, with or without a dot;
 * LEXICON_ROLE when they say who someone is ("Mr" does not). */
static const struct lexicon_entry titles[] = {
	F("Admiral", 0, LEXICON_ROLE), F("Ambassador", 0, LEXICON_ROLE),
	F("Captain", 0, LEXICON_ROLE), F("Chairman", 0, LEXICON_ROLE),
	F("Chairwoman", 0, LEXICON_ROLE), F("Chancellor", 0, LEXICON_ROLE),
	F("Chief", 0, LEXICON_ROLE), F("Colonel", 0, LEXICON_ROLE),
	F("Commissioner", 0, LEXICON_ROLE), W("Dame"), F("Director", 0, LEXICON_ROLE), W("Dr"),
	F("Emperor", 0, LEXICON_ROLE), F("Executive", 0, LEXICON_ROLE),
	F("Gen", 0, LEXICON_ROLE), F("General", 0, LEXICON_ROLE),
	F("Governor", 0, LEXICON_ROLE), F("Judge", 0, LEXICON_ROLE),
	F("Justice", 0, LEXICON_ROLE), F("King", 0, LEXICON_ROLE), W("Lady"),
	F("Lieutenant", 0, LEXICON_ROLE), W("Lord"), F("Mayor", 0, LEXICON_ROLE),
	F("Minister", 0, LEXICON_ROLE), W("Miss"), W("Mr"), W("Mrs"), W("Ms"), W("Mx"),
	F("Pope", 0, LEXICON_ROLE), F("Premier", 0, LEXICON_ROLE),
	F("President", 0, LEXICON_ROLE), F("Prime", 0, LEXICON_ROLE),
	F("Prince", 0, LEXICON_ROLE), F("Princess", 0, LEXICON_ROLE), W("Prof"),
	F("Queen", 0, LEXICON_ROLE), F("Rep", 0, LEXICON_ROLE),
	F("Representative", 0, LEXICON_ROLE), F("Secretary", 0, LEXICON_ROLE),
	F("Secretary-General", 0, LEXICON_ROLE), F("Sen", 0, LEXICON_ROLE),
	F("Senator", 0, LEXICON_ROLE), W("Sir"), F("Speaker", 0, LEXICON_ROLE),
	F("Sultan", 0, LEXICON_ROLE), F("Vice", 0, LEXICON_ROLE),
};

/* Abbreviated honorifics left out before a speaker's name. */
static const struct lexicon_entry honorifics[] = {
	W("Capt"), W("Col"), W("Dr"), W("Gen"), W("Gov"), W("Lt"), W("Mr"), W("Mrs"), W("Ms"),
	W("Mx"), W("Prof"), W("Rep"), W("Sen"),
};

/* Attribution verbs, on either side of the speaker (the list of verbs
 * before and after the speaker both): "said Smith", "Smith
 * said". */
static const struct lexicon_entry verbs_before[] = {
	W("added"), W("adds"), W("asked"), W("explained"), W("insisted"), W("noted"),
	W("said"), W("says"), W("stated"), W("tells"), W("told"), W("warned"), W("wrote"),
};

/* Words before a source: "according to Dr Lee". */
static const struct lexicon_entry sources[] = {
	W("according to"),
};

/* Pronouns that stand for the last named speaker. */
static const struct lexicon_entry pronouns[] = {
	W("he"), W("her"), W("him"), W("she"), W("them"), W("they"),
};

/* Determiners and other pronouns: never a word of a name. */
static const struct lexicon_entry determiners[] = {
	W("a"), W("an"), W("i"), W("it"), W("that"), W("the"), W("these"), W("this"),
	W("those"), W("we"), W("you"),
};

/* Prepositions that end a speaker's role: a place or an audience follows. */
static const struct lexicon_entry prepositions[] = {
	W("at"), W("by"), W("for"), W("from"), W("in"), W("on"), W("to"), W("with"),
};

/* Lowercase words that join the parts of a name: "Muhammad bin Salman". */
static const struct lexicon_entry particles[] = {
	W("al"), W("da"), W("de"), W("del"), W("den"), W("der"),
	W("dos"), W("ibn"), W("van"), W("von"),
};

/* Capitalized words that name no person: function words that begin
 * sentences, people in general ("Officials"). */
static const struct lexicon_entry non_names[] = {
	W("A"), W("About"), W("Activists"), W("After"), W("Agencies"), W("All"), W("Also"),
	W("Although"), W("An"), W("Analysts"), W("And"), W("As"), W("At"), W("Authorities"),
	W("Because"), W("Before"), W("Both"), W("But"), W("By"), W("Critics"), W("Despite"),
	W("Diplomats"), W("Doctors"), W("During"), W("Each"), W("Earlier"), W("Economists"),
	W("Engineers"), W("Every"), W("Executives"), W("Experts"), W("Families"), W("Fans"),
	W("Farmers"), W("Firefighters"), W("For"), W("Former"), W("From"), W("He"), W("Her"),
	W("Here"), W("His"), W("How"), W("However"), W("I"), W("If"), W("In"), W("Into"),
	W("Investigators"), W("Investors"), W("It"), W("Its"), W("Last"), W("Later"),
	W("Lawmakers"), W("Lawyers"), W("Leaders"), W("Legislators"), W("Locals"),
	W("Managers"), W("Many"), W("Meanwhile"), W("Members"), W("Militants"), W("Ministers"),
	W("Most"), W("My"), W("Next"), W("No"), W("Nor"), W("Not"), W("Now"), W("Observers"),
	W("Of"), W("Officials"), W("On"), W("Opponents"), W("Or"), W("Organisers"),
	W("Organizers"), W("Others"), W("Our"), W("Over"), W("Parents"), W("Passengers"),
	W("People"), W("Police"), W("Prosecutors"), W("Protesters"), W("Rebels"),
	W("Regulators"), W("Rescuers"), W("Researchers"), W("Residents"), W("Scientists"),
	W("She"), W("Since"), W("So"), W("Soldiers"), W("Some"), W("Sources"), W("Students"),
	W("Such"), W("Supporters"), W("Survivors"), W("Teachers"), W("Than"), W("That"),
	W("The"), W("Their"), W("Then"), W("There"), W("These"), W("They"), W("This"),
	W("Those"), W("Though"), W("To"), W("Today"), W("Tomorrow"), W("Traders"), W("Troops"),
	W("Under"), W("Unions"), W("Victims"), W("Villagers"), W("Volunteers"), W("Voters"),
	W("We"), W("What"), W("When"), W("Where"), W("Which"), W("While"), W("Who"), W("Why"),
	W("With"), W("Witnesses"), W("Workers"), W("Yesterday"), W("Yet"), W("You"), W("Your"),
};

/* Words of the names of places, peoples and bodies as English spells
 * them: never a person. */
static const struct lexicon_entry proper_nouns[] = {
	W("Afghan"), W("Afghanistan"), W("Africa"), W("African"), W("Agency"), W("Airbus"),
	W("Alaska"), W("Albania"), W("Algeria"), W("Alibaba"), W("Allah"), W("Amazon"),
	W("America"), W("American"), W("Andorra"), W("Android"), W("Angeles"), W("Angola"),
	W("Ankara"), W("Antara"), W("Apple"), W("Arab"), W("Arabic"), W("Aramco"),
	W("Argentina"), W("Argentine"), W("Arizona"), W("Armenia"), W("Army"), W("Asia"),
	W("Asian"), W("Atlantic"), W("Atlantik"), W("Australia"), W("Austria"), W("Austrian"),
	W("Azerbaijan"), W("Baghdad"), W("Bahamas"), W("Bahrain"), W("Balkan"), W("Baltic"),
	W("Bangkok"), W("Bangladesh"), W("Bank"), W("Barbados"), W("Bavaria"), W("Beijing"),
	W("Belarus"), W("Belgian"), W("Belgium"), W("Belize"), W("Benin"), W("Berlin"),
	W("Bernama"), W("Bhutan"), W("Bloomberg"), W("Boeing"), W("Bolivia"), W("Bosnia"),
	W("Boston"), W("Botswana"), W("Brazil"), W("Brazilian"), W("Britain"), W("British"),
	W("Brunei"), W("Brussels"), W("Bulgaria"), W("Burundi"), W("Busan"), W("Cairo"),
	W("California"), W("Cambodia"), W("Cameroon"), W("Canada"), W("Canadian"),
	W("Canberra"), W("Caribbean"), W("Carolina"), W("Catholic"), W("Central"), W("Chad"),
	W("Chicago"), W("Chile"), W("Chilean"), W("China"), W("Chinese"), W("Christian"),
	W("City"), W("Colombia"), W("Colombian"), W("Colorado"), W("Commission"), W("Congo"),
	W("Congress"), W("Council"), W("Court"), W("Crimea"), W("Croatia"), W("Croatian"),
	W("Cuba"), W("Cuban"), W("Cyprus"), W("Czech"), W("Damascus"), W("Danish"),
	W("Defence"), W("Defense"), W("Delhi"), W("Denmark"), W("Department"), W("Disney"),
	W("Djibouti"), W("Dominica"), W("Donbas"), W("Dutch"), W("East"), W("Ecuador"),
	W("Education"), W("Egypt"), W("Egyptian"), W("England"), W("Eritrea"), W("Estonia"),
	W("Ethiopia"), W("Europe"), W("European"), W("Facebook"), W("Fiji"), W("Finance"),
	W("Finland"), W("Finnish"), W("Florida"), W("Foreign"), W("Foxconn"), W("France"),
	W("Francisco"), W("French"), W("Gabon"), W("Gambia"), W("Gaza"), W("Georgia"),
	W("German"), W("Germany"), W("Ghana"), W("Global"), W("God"), W("Google"),
	W("Government"), W("Grab"), W("Greece"), W("Greek"), W("Grenada"), W("Guatemala"),
	W("Guinea"), W("Gulf"), W("Guyana"), W("Gyeonggi"), W("Haiti"), W("Hamas"), W("Hanoi"),
	W("Hawaii"), W("Health"), W("Hezbollah"), W("Hokkaido"), W("Honda"), W("Honduras"),
	W("House"), W("Houthi"), W("Huawei"), W("Hungarian"), W("Hungary"), W("Hyundai"),
	W("Iceland"), W("Illinois"), W("Incheon"), W("India"), W("Indian"), W("Indonesian"),
	W("Instagram"), W("Intel"), W("Interior"), W("International"), W("Iran"), W("Iranian"),
	W("Iraq"), W("Iraqi"), W("Iraqis"), W("Ireland"), W("Irish"), W("Islam"),
	W("Islamabad"), W("Island"), W("Israel"), W("Israeli"), W("Italian"), W("Italy"),
	W("Jamaica"), W("Japan"), W("Japanese"), W("Java"), W("Jeju"), W("Jerusalem"),
	W("Jordan"), W("Kabul"), W("Kazakhstan"), W("Kenya"), W("Kenyan"), W("Kiev"),
	W("Kingdom"), W("Kiribati"), W("Korea"), W("Korean"), W("Kosovo"), W("Kremlin"),
	W("Kuala"), W("Kurdish"), W("Kurds"), W("Kursk"), W("Kuwait"), W("Kyiv"), W("Kyodo"),
	W("Kyrgyzstan"), W("Laos"), W("Latin"), W("Latvia"), W("Lebanese"), W("Lebanon"),
	W("Lesotho"), W("Liberia"), W("Libya"), W("Liechtenstein"), W("Lithuania"),
	W("London"), W("Lumpur"), W("Luxembourg"), W("Macau"), W("Madagascar"), W("Madrid"),
	W("Malawi"), W("Malaysia"), W("Maldives"), W("Mali"), W("Malta"), W("Manila"),
	W("Massachusetts"), W("Mauritania"), W("Mauritius"), W("Mediterranean"), W("Mexican"),
	W("Mexico"), W("Michigan"), W("Microsoft"), W("Middle"), W("Military"), W("Ministry"),
	W("Minsk"), W("Mitsubishi"), W("Moldova"), W("Monaco"), W("Mongolia"), W("Montenegro"),
	W("Morocco"), W("Moscow"), W("Mount"), W("Mozambique"), W("Muslim"), W("Myanmar"),
	W("Namibia"), W("National"), W("Nations"), W("Nauru"), W("Navy"), W("Nepal"),
	W("Nestle"), W("Netflix"), W("Netherlands"), W("Nevada"), W("Nicaragua"), W("Niger"),
	W("Nigeria"), W("Nigerian"), W("Nissan"), W("Nordic"), W("North"), W("Norway"),
	W("Norwegian"), W("Nvidia"), W("Office"), W("Ohio"), W("Okinawa"), W("Oman"),
	W("Ontario"), W("Oregon"), W("Osaka"), W("Ottawa"), W("Pacific"), W("Pakistan"),
	W("Pakistani"), W("Palace"), W("Palau"), W("Palestine"), W("Palestinian"), W("Panama"),
	W("Panasonic"), W("Papua"), W("Paraguay"), W("Paris"), W("Parliament"), W("Party"),
	W("Peninsula"), W("Pennsylvania"), W("Pentagon"), W("Peru"), W("Peruvian"),
	W("Philippines"), W("Poland"), W("Police"), W("Polish"), W("Portugal"),
	W("Portuguese"), W("Province"), W("Putrajaya"), W("Pyongyang"), W("Qatar"),
	W("Quebec"), W("Republic"), W("Republik"), W("Reuters"), W("River"), W("Riyadh"),
	W("Roma"), W("Romania"), W("Romanian"), W("Rome"), W("Russia"), W("Russian"),
	W("Rwanda"), W("Samoa"), W("Samsung"), W("Saudi"), W("Scandinavian"), W("Scotland"),
	W("Scottish"), W("Sea"), W("Security"), W("Sejong"), W("Senate"), W("Senegal"),
	W("Seoul"), W("Serbia"), W("Serbian"), W("Seychelles"), W("Shell"), W("Shopee"),
	W("Singapore"), W("Slovakia"), W("Slovenia"), W("Somalia"), W("Sony"), W("South"),
	W("Spain"), W("Spanish"), W("State"), W("States"), W("Strait"), W("Street"),
	W("Sudan"), W("Sumatra"), W("Suriname"), W("Sweden"), W("Swedish"), W("Swiss"),
	W("Switzerland"), W("Sydney"), W("Syria"), W("Syrian"), W("Taipei"), W("Taiwan"),
	W("Tajikistan"), W("Taliban"), W("Tanzania"), W("Tehran"), W("Tencent"), W("Tesla"),
	W("Texas"), W("Thai"), W("Thailand"), W("TikTok"), W("Togo"), W("Tokyo"), W("Tonga"),
	W("Toyota"), W("Trade"), W("Treasury"), W("Treaty"), W("Trinidad"), W("Tunisia"),
	W("Turkey"), W("Turkish"), W("Turkmenistan"), W("Tuvalu"), W("Twitter"), W("Uber"),
	W("Uganda"), W("Ukraine"), W("Ukrainian"), W("Unilever"), W("Union"), W("United"),
	W("University"), W("Uruguay"), W("Uzbekistan"), W("Vanuatu"), W("Vatican"),
	W("Venezuela"), W("Venezuelan"), W("Vietnam"), W("Vietnamese"), W("Virginia"),
	W("Volkswagen"), W("Wales"), W("Warsaw"), W("Washington"), W("Welsh"), W("West"),
	W("Western"), W("WhatsApp"), W("Windows"), W("Xiaomi"), W("Xinhua"), W("Yemen"),
	W("Yonhap"), W("York"), W("YouTube"), W("Zambia"), W("Zimbabwe"),
};

/* Words before a place: a short name right after one is no person. */
static const struct lexicon_entry place_prepositions[] = {
	W("at"), W("in"), W("of"),
};

/* Lowercase words after a speaker's comma that go on with the sentence
 * ("said Blinken, adding") rather than say who the speaker is. */
static const struct lexicon_entry not_descriptions[] = {
	W("and"), W("as"), W("at"), W("but"), W("by"), W("for"), W("from"), W("in"), W("on"),
	W("or"), W("to"), W("when"), W("while"), W("with"),
};

/* Spellings of one name (the value is the group): Korean romanizations. */
static const struct lexicon_entry name_variants[] = {
	V("Choe", 4), V("Choi", 4), V("Lee", 3), V("Pak", 2), V("Park", 2), V("Rhee", 3),
	V("Yi", 3), V("Yoon", 1), V("Yun", 1),
};

/* The most frequent function words, lowercase, for the language guess. */
static const struct lexicon_entry common_words[] = {
	W("after"), W("and"), W("are"), W("as"), W("be"), W("by"), W("for"), W("from"),
	W("has"), W("have"), W("in"), W("is"), W("it"), W("not"), W("of"), W("on"), W("said"),
	W("that"), W("the"), W("this"), W("to"), W("was"), W("were"), W("which"), W("with"),
};

/* Ordinary words, lowercase, that news capitalizes at the start of a
 * sentence, in headings and in the names of bodies: what the dictionary
 * knows without Hunspell (dictionary.h). */
static const struct lexicon_entry words[] = {
	W("academy"), W("action"), W("advice"), W("agricultural"), W("agriculture"), W("aid"),
	W("airline"), W("airlines"), W("airport"), W("alliance"), W("annual"), W("art"),
	W("arts"), W("association"), W("authority"), W("award"), W("awards"), W("back"),
	W("bar"), W("battle"), W("big"), W("bill"), W("black"), W("blue"), W("board"),
	W("book"), W("border"), W("box"), W("bridge"), W("broadcast"), W("broadcasting"),
	W("budget"), W("building"), W("business"), W("cabinet"), W("campaign"), W("capital"),
	W("care"), W("cash"), W("center"), W("centre"), W("chamber"), W("championship"),
	W("chart"), W("child"), W("children"), W("church"), W("civil"), W("club"),
	W("coalition"), W("coast"), W("college"), W("commerce"), W("committee"), W("common"),
	W("communications"), W("community"), W("company"), W("computer"), W("conference"),
	W("conservative"), W("consumer"), W("consumers"), W("contract"), W("control"),
	W("corporation"), W("country"), W("county"), W("credit"), W("crime"), W("crisis"),
	W("cup"), W("customs"), W("daily"), W("data"), W("day"), W("dead"), W("deal"),
	W("dean"), W("democratic"), W("design"), W("development"), W("digital"),
	W("distribution"), W("distributor"), W("distributors"), W("district"), W("division"),
	W("drug"), W("early"), W("economic"), W("economics"), W("economy"), W("election"),
	W("electric"), W("electronic"), W("electronics"), W("emergency"), W("energy"),
	W("engineering"), W("entertainment"), W("environment"), W("equity"), W("estate"),
	W("everybody"), W("exchange"), W("express"), W("eyes"), W("fair"), W("family"),
	W("farm"), W("federal"), W("federation"), W("festival"), W("film"), W("financial"),
	W("fire"), W("first"), W("fleet"), W("food"), W("football"), W("force"), W("former"),
	W("formerly"), W("forum"), W("foundation"), W("free"), W("front"), W("fund"),
	W("future"), W("game"), W("games"), W("garden"), W("gate"), W("general"), W("globe"),
	W("gold"), W("golden"), W("grand"), W("great"), W("green"), W("group"), W("growth"),
	W("guard"), W("half"), W("hall"), W("heart"), W("heritage"), W("high"), W("history"),
	W("hit"), W("holdings"), W("home"), W("hospital"), W("hot"), W("housing"), W("human"),
	W("independent"), W("industrial"), W("industry"), W("information"), W("institute"),
	W("insurance"), W("investment"), W("joint"), W("lab"), W("labor"), W("labour"),
	W("land"), W("law"), W("league"), W("left"), W("liberal"), W("life"), W("light"),
	W("line"), W("little"), W("live"), W("local"), W("love"), W("magazine"), W("mail"),
	W("main"), W("man"), W("management"), W("market"), W("media"), W("medical"),
	W("metal"), W("mid"), W("mineral"), W("minerals"), W("mining"), W("mobile"),
	W("modern"), W("monetary"), W("money"), W("motor"), W("motors"), W("mountain"),
	W("movement"), W("museum"), W("music"), W("mutual"), W("name"), W("names"),
	W("natural"), W("network"), W("new"), W("news"), W("northern"), W("nuclear"), W("oil"),
	W("old"), W("online"), W("open"), W("opera"), W("orange"), W("order"),
	W("organisation"), W("organization"), W("park"), W("partnership"), W("peace"),
	W("petroleum"), W("place"), W("planning"), W("plant"), W("policy"), W("political"),
	W("port"), W("post"), W("power"), W("press"), W("prize"), W("production"),
	W("productions"), W("programme"), W("project"), W("property"), W("protection"),
	W("public"), W("quality"), W("radio"), W("rail"), W("railway"), W("real"), W("record"),
	W("records"), W("red"), W("reform"), W("regional"), W("research"), W("reserve"),
	W("resilience"), W("resilient"), W("resource"), W("resources"), W("retail"),
	W("revenue"), W("review"), W("rights"), W("road"), W("royal"), W("rural"), W("safety"),
	W("sales"), W("savings"), W("school"), W("science"), W("secret"), W("securities"),
	W("service"), W("services"), W("shadow"), W("shake"), W("shape"), W("show"),
	W("social"), W("society"), W("software"), W("space"), W("special"), W("sport"),
	W("sports"), W("square"), W("standard"), W("star"), W("statistics"), W("steel"),
	W("stock"), W("strategic"), W("studio"), W("studios"), W("supreme"), W("system"),
	W("systems"), W("tax"), W("technology"), W("telecom"), W("telecoms"), W("television"),
	W("times"), W("top"), W("tour"), W("tourism"), W("toy"), W("traders"), W("trading"),
	W("traffic"), W("transport"), W("travel"), W("trust"), W("unity"), W("urban"),
	W("valley"), W("variety"), W("village"), W("villages"), W("visitor"), W("visits"),
	W("voice"), W("war"), W("water"), W("welfare"), W("white"), W("wild"), W("wireless"),
	W("women"), W("world"), W("writer"), W("writers"), W("year"), W("young"), W("youth"),
	W("zone"),
};

/* Words after a name that make it a body's: "Ltd", "Group", "Bank". */
static const struct lexicon_entry org_markers[] = {
	W("Agency"), W("Airlines"), W("Airways"), W("Association"), W("Bank"), W("Brewery"),
	W("Capital"), W("Chemicals"), W("Co"), W("Communications"), W("Company"), W("Corp"),
	W("Corporation"), W("Council"), W("Electronics"), W("Energy"), W("Entertainment"),
	W("Financial"), W("Foods"), W("Foundation"), W("Games"), W("Group"), W("Holdings"),
	W("Inc"), W("Industries"), W("Institute"), W("Insurance"), W("Interactive"),
	W("Investments"), W("Labs"), W("Limited"), W("Logistics"), W("Ltd"), W("Media"),
	W("Mining"), W("Mobile"), W("Motor"), W("Motors"), W("Networks"), W("Oil"),
	W("Partners"), W("Petroleum"), W("Pharmaceuticals"), W("Pictures"), W("plc"),
	W("Records"), W("Resources"), W("Securities"), W("Software"), W("Sports"), W("Steel"),
	W("Studios"), W("Systems"), W("Technologies"), W("Telecom"), W("Telecoms"), W("Trust"),
	W("University"), W("Ventures"),
};

/* Words for what someone is or does, in any case, that introduce the
 * name near after them in a sentence: "spokesman", "chief executive". */
static const struct lexicon_entry role_words[] = {
	W("actor"), W("actress"), W("adviser"), W("analyst"), W("author"), W("boss"),
	W("candidate"), W("captain"), W("ceo"), W("chairman"), W("chairwoman"),
	W("chancellor"), W("chief"), W("co-founder"), W("coach"), W("commentator"),
	W("commissioner"), W("correspondent"), W("councillor"), W("designer"), W("director"),
	W("economist"), W("editor"), W("executive"), W("expert"), W("founder"), W("governor"),
	W("head"), W("inspector"), W("journalist"), W("judge"), W("lawyer"), W("leader"),
	W("manager"), W("mayor"), W("member"), W("minister"), W("musician"), W("officer"),
	W("owner"), W("partner"), W("player"), W("politician"), W("president"), W("producer"),
	W("professor"), W("prosecutor"), W("researcher"), W("secretary"), W("senator"),
	W("singer"), W("speaker"), W("spokesman"), W("spokesperson"), W("spokeswoman"),
	W("star"), W("strategist"), W("vice-president"), W("writer"),
};

/* Words between two names of one person: "Ziyad atau Zieyad". */
static const struct lexicon_entry alias_words[] = {
	W("aka"), W("alias"), W("or"),
};

/* Family names that come first in a name, as Korean, Chinese and
 * Vietnamese names are written in the news: "Yoon Suk Yeol", "Xi
 * Jinping"; a short name may be the first word of such a full name. */
static const struct lexicon_entry family_first[] = {
	W("Ahn"), W("Bae"), W("Baek"), W("Bai"), W("Bui"), W("Cai"), W("Cao"), W("Cha"),
	W("Chae"), W("Chang"), W("Chen"), W("Cheng"), W("Cho"), W("Choe"), W("Choi"), W("Chu"),
	W("Chun"), W("Chung"), W("Dai"), W("Dang"), W("Deng"), W("Ding"), W("Dinh"), W("Do"),
	W("Dong"), W("Du"), W("Duong"), W("Fan"), W("Fang"), W("Feng"), W("Fu"), W("Gao"),
	W("Ge"), W("Gong"), W("Gu"), W("Guo"), W("Ha"), W("Han"), W("He"), W("Heo"), W("Ho"),
	W("Hong"), W("Hou"), W("Hu"), W("Huang"), W("Huynh"), W("Hwang"), W("Hyun"), W("Jang"),
	W("Jeon"), W("Jeong"), W("Ji"), W("Jia"), W("Jiang"), W("Jin"), W("Jo"), W("Joo"),
	W("Jung"), W("Kang"), W("Ki"), W("Kim"), W("Ko"), W("Kong"), W("Koo"), W("Kwak"),
	W("Kwon"), W("Lai"), W("Le"), W("Lee"), W("Lei"), W("Li"), W("Liang"), W("Liao"),
	W("Lim"), W("Lin"), W("Liu"), W("Long"), W("Lu"), W("Luo"), W("Luong"), W("Lv"),
	W("Ly"), W("Ma"), W("Mao"), W("Meng"), W("Min"), W("Moon"), W("Na"), W("Nam"),
	W("Ngo"), W("Nguyen"), W("No"), W("Noh"), W("Oh"), W("Pak"), W("Pan"), W("Park"),
	W("Peng"), W("Pham"), W("Phan"), W("Qian"), W("Qin"), W("Qiu"), W("Quach"), W("Ren"),
	W("Rhee"), W("Ryu"), W("Seo"), W("Seong"), W("Shao"), W("Shen"), W("Shi"), W("Shim"),
	W("Shin"), W("Sin"), W("Son"), W("Song"), W("Su"), W("Suh"), W("Sun"), W("Sung"),
	W("Tan"), W("Tang"), W("Tao"), W("Tian"), W("Tran"), W("Trinh"), W("Truong"), W("Um"),
	W("Vo"), W("Vu"), W("Wan"), W("Wang"), W("Wei"), W("Wen"), W("Won"), W("Woo"), W("Wu"),
	W("Xi"), W("Xia"), W("Xiao"), W("Xie"), W("Xiong"), W("Xu"), W("Xue"), W("Yan"),
	W("Yang"), W("Yao"), W("Ye"), W("Yi"), W("Yin"), W("Yoo"), W("Yoon"), W("Yu"),
	W("Yuan"), W("Yun"), W("Zeng"), W("Zhang"), W("Zhao"), W("Zheng"), W("Zhong"),
	W("Zhou"), W("Zhu"), W("Zou"),
};

/* Japanese family names: Japanese news names are written given name
 * first ("Yoshimasa Hayashi"), and a short name is the family name. */
static const struct lexicon_entry family_last[] = {
	W("Abe"), W("Aoki"), W("Arai"), W("Endo"), W("Fujii"), W("Fujita"), W("Fujiwara"),
	W("Fukuda"), W("Goto"), W("Hamada"), W("Harada"), W("Hasegawa"), W("Hashimoto"),
	W("Hayashi"), W("Hirano"), W("Hiraoka"), W("Honda"), W("Hori"), W("Ikeda"), W("Imai"),
	W("Inoue"), W("Ishiba"), W("Ishida"), W("Ishii"), W("Ishikawa"), W("Ito"),
	W("Iwasaki"), W("Iwaya"), W("Kamei"), W("Kamikawa"), W("Kaneko"), W("Kato"),
	W("Kawaguchi"), W("Kawamura"), W("Kikuchi"), W("Kimura"), W("Kinoshita"), W("Kishi"),
	W("Kishida"), W("Kobayashi"), W("Koizumi"), W("Kondo"), W("Kono"), W("Kubo"),
	W("Kudo"), W("Kumagai"), W("Maeda"), W("Maruyama"), W("Matsuda"), W("Matsui"),
	W("Matsumoto"), W("Matsuno"), W("Miura"), W("Miyamoto"), W("Miyazaki"), W("Mori"),
	W("Morita"), W("Motegi"), W("Murakami"), W("Murata"), W("Nagai"), W("Nakagawa"),
	W("Nakajima"), W("Nakamura"), W("Nakano"), W("Nakayama"), W("Nishimura"), W("Noda"),
	W("Nomura"), W("Ogawa"), W("Ohno"), W("Okada"), W("Okamoto"), W("Ono"), W("Ota"),
	W("Saito"), W("Sakai"), W("Sakamoto"), W("Sasaki"), W("Sato"), W("Shibata"),
	W("Shimizu"), W("Suga"), W("Sugawara"), W("Sugiyama"), W("Suzuki"), W("Takagi"),
	W("Takahashi"), W("Takaichi"), W("Takeda"), W("Takeuchi"), W("Tamura"), W("Tanaka"),
	W("Taniguchi"), W("Uchida"), W("Ueda"), W("Wada"), W("Watanabe"), W("Yamada"),
	W("Yamaguchi"), W("Yamamoto"), W("Yamashita"), W("Yamazaki"), W("Yasuda"),
	W("Yokoyama"), W("Yoshida"), W("Yoshikawa"),
};

const struct lexicon lexicon_en = {
	.language = "en",
	.weekday_names = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			   "Saturday" },
	.weekday_abbreviations = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" },
	.month_names = { "January", "February", "March", "April", "May", "June", "July",
			 "August", "September", "October", "November", "December" },
	.lists = {
		[LEXICON_WEEKDAYS] = LIST(weekdays),
		[LEXICON_MONTHS] = LIST(months),
		[LEXICON_COUNT_WORDS] = LIST(count_words),
		[LEXICON_RELATIVE_BEFORE] = LIST(relative_before),
		[LEXICON_RELATIVE_AFTER] = LIST(relative_after),
		[LEXICON_DATE_FILLERS] = LIST(date_fillers),
		[LEXICON_CONNECTORS] = LIST(connectors),
		[LEXICON_TITLES] = LIST(titles),
		[LEXICON_HONORIFICS] = LIST(honorifics),
		[LEXICON_VERBS_BEFORE] = LIST(verbs_before),
		[LEXICON_VERBS_AFTER] = LIST(verbs_before),
		[LEXICON_SOURCES] = LIST(sources),
		[LEXICON_PRONOUNS] = LIST(pronouns),
		[LEXICON_DETERMINERS] = LIST(determiners),
		[LEXICON_PREPOSITIONS] = LIST(prepositions),
		[LEXICON_PARTICLES] = LIST(particles),
		[LEXICON_NON_NAMES] = LIST(non_names),
		[LEXICON_PROPER_NOUNS] = LIST(proper_nouns),
		[LEXICON_PLACE_PREPOSITIONS] = LIST(place_prepositions),
		[LEXICON_NOT_DESCRIPTIONS] = LIST(not_descriptions),
		[LEXICON_NAME_VARIANTS] = LIST(name_variants),
		[LEXICON_COMMON_WORDS] = LIST(common_words),
		[LEXICON_WORDS] = LIST(words),
		[LEXICON_ORG_MARKERS] = LIST(org_markers),
		[LEXICON_ROLE_WORDS] = LIST(role_words),
		[LEXICON_ALIAS_WORDS] = LIST(alias_words),
		[LEXICON_FAMILY_FIRST] = LIST(family_first),
		[LEXICON_FAMILY_LAST] = LIST(family_last),
	},
};
