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

/* Attribution verbs, on either side of the speaker: "said Smith", "Smith
 * said". */
static const struct lexicon_entry verbs_before[] = {
	W("added"), W("adds"), W("asked"), W("explained"), W("insisted"), W("noted"),
	W("said"), W("says"), W("stated"), W("tells"), W("told"), W("warned"), W("wrote"),
};

/* The same verbs after the speaker: "Smith said". */
#define verbs_after verbs_before

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
	W("Farmers"), W("Firefighters"), W("For"), W("From"), W("He"), W("Her"), W("Here"),
	W("His"), W("How"), W("However"), W("I"), W("If"), W("In"), W("Into"),
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
	W("Afghanistan"), W("Africa"), W("Agency"), W("Airbus"), W("Alaska"), W("Alibaba"),
	W("Allah"), W("Amazon"), W("America"), W("American"), W("Android"), W("Angeles"),
	W("Ankara"), W("Antara"), W("Apple"), W("Arab"), W("Aramco"), W("Arizona"), W("Army"),
	W("Asia"), W("Asian"), W("Atlantic"), W("Atlantik"), W("Australia"), W("Baghdad"),
	W("Bangkok"), W("Bank"), W("Bavaria"), W("Beijing"), W("Berlin"), W("Bernama"),
	W("Bloomberg"), W("Boeing"), W("Boston"), W("Brazil"), W("Britain"), W("British"),
	W("Brussels"), W("Busan"), W("Cairo"), W("California"), W("Canada"), W("Canberra"),
	W("Carolina"), W("Catholic"), W("Central"), W("Chicago"), W("China"), W("Chinese"),
	W("Christian"), W("City"), W("Colorado"), W("Commission"), W("Congress"), W("Council"),
	W("Court"), W("Crimea"), W("Damascus"), W("Defence"), W("Defense"), W("Delhi"),
	W("Department"), W("Disney"), W("Donbas"), W("East"), W("Education"), W("Egypt"),
	W("England"), W("Europe"), W("European"), W("Facebook"), W("Finance"), W("Florida"),
	W("Foreign"), W("Foxconn"), W("France"), W("Francisco"), W("French"), W("Gaza"),
	W("German"), W("Germany"), W("Global"), W("God"), W("Google"), W("Government"),
	W("Grab"), W("Greece"), W("Gulf"), W("Gyeonggi"), W("Hamas"), W("Hanoi"), W("Hawaii"),
	W("Health"), W("Hezbollah"), W("Hokkaido"), W("Honda"), W("House"), W("Houthi"),
	W("Huawei"), W("Hyundai"), W("Illinois"), W("Incheon"), W("India"), W("Indonesian"),
	W("Instagram"), W("Intel"), W("Interior"), W("International"), W("Iran"), W("Iranian"),
	W("Iraq"), W("Ireland"), W("Islam"), W("Islamabad"), W("Island"), W("Israel"),
	W("Israeli"), W("Italy"), W("Japan"), W("Japanese"), W("Java"), W("Jeju"),
	W("Jerusalem"), W("Kabul"), W("Kiev"), W("Kingdom"), W("Korea"), W("Korean"),
	W("Kremlin"), W("Kuala"), W("Kursk"), W("Kyiv"), W("Kyodo"), W("London"), W("Lumpur"),
	W("Macau"), W("Madrid"), W("Malaysia"), W("Manila"), W("Massachusetts"), W("Mexico"),
	W("Michigan"), W("Microsoft"), W("Middle"), W("Military"), W("Ministry"), W("Minsk"),
	W("Mitsubishi"), W("Moscow"), W("Mount"), W("Muslim"), W("National"), W("Nations"),
	W("Navy"), W("Nestle"), W("Netflix"), W("Netherlands"), W("Nevada"), W("Nissan"),
	W("North"), W("Nvidia"), W("Office"), W("Ohio"), W("Okinawa"), W("Ontario"),
	W("Oregon"), W("Osaka"), W("Ottawa"), W("Pacific"), W("Pakistan"), W("Palace"),
	W("Palestine"), W("Palestinian"), W("Panasonic"), W("Papua"), W("Paris"),
	W("Parliament"), W("Party"), W("Peninsula"), W("Pennsylvania"), W("Pentagon"),
	W("Philippines"), W("Poland"), W("Police"), W("Province"), W("Putrajaya"),
	W("Pyongyang"), W("Quebec"), W("Republic"), W("Republik"), W("Reuters"), W("River"),
	W("Riyadh"), W("Roma"), W("Rome"), W("Russia"), W("Russian"), W("Samsung"), W("Saudi"),
	W("Scotland"), W("Sea"), W("Security"), W("Sejong"), W("Senate"), W("Seoul"),
	W("Shell"), W("Shopee"), W("Singapore"), W("Sony"), W("South"), W("Spain"), W("State"),
	W("States"), W("Strait"), W("Street"), W("Sumatra"), W("Sydney"), W("Syria"),
	W("Taipei"), W("Taiwan"), W("Taliban"), W("Tehran"), W("Tencent"), W("Tesla"),
	W("Texas"), W("Thailand"), W("TikTok"), W("Tokyo"), W("Toyota"), W("Trade"),
	W("Treasury"), W("Treaty"), W("Turkey"), W("Twitter"), W("Uber"), W("Ukraine"),
	W("Ukrainian"), W("Unilever"), W("Union"), W("United"), W("University"), W("Vatican"),
	W("Vietnam"), W("Virginia"), W("Volkswagen"), W("Wales"), W("Warsaw"), W("Washington"),
	W("West"), W("Western"), W("WhatsApp"), W("Windows"), W("Xiaomi"), W("Xinhua"),
	W("Yonhap"), W("York"), W("YouTube"),
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

const struct lexicon lexicon_en = {
	.language = "en",
	.weekday_names = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			   "Saturday" },
	.weekday_abbreviations = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" },
	.month_names = { "January", "February", "March", "April", "May", "June", "July",
			 "August", "September", "October", "November", "December" },
	.lists = LEXICON_LISTS,
};
