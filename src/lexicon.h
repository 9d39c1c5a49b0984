/*
 * lexicon.h - the words tanda knows, one lexicon per language
 * (lexicon-id.c, lexicon-en.c): the names of weekdays and months, titles
 * and offices, attribution verbs, function words, the words of places'
 * and bodies' names, the spelling variants of names...  The checks
 * (check-date.c, check-name.c), the quote reader (quotes.c), the language
 * guess (language.c) and the correction notice (apply.c) take their words
 * from here and nowhere else.
 *
 * Every list is sorted by lexicon_compare (ASCII letters compared without
 * case, then bytes, a prefix first), so a word is found by binary search;
 * tests/test-lexicon.c checks the order of every list.  A list's entries
 * may be phrases, words one space apart ("according to", "juru bicara"):
 * lexicon_find finds them whole; callers that match phrases word by word
 * walk the list.
 */
#ifndef TANDA_LEXICON_H
#define TANDA_LEXICON_H

#include <stddef.h>

/* The lists of a lexicon: X(ID, array, name, what its words are).  A
 * lexicon file names the array of each list it has (a list it leaves out
 * is empty: Indonesian has no particles of its own). */
#define LEXICON_KINDS(X) \
	X(WEEKDAYS, weekdays, "weekdays", \
	  "weekday names, value 0 (Sunday) to 6") \
	X(MONTHS, months, "months", \
	  "month names, value 1 to 12") \
	X(COUNT_WORDS, count_words, "count-words", \
	  "words that count what follows: \"dua minggu\"") \
	X(RELATIVE_BEFORE, relative_before, "relative-before", \
	  "words before a weekday that make it no one day: \"every\"") \
	X(RELATIVE_AFTER, relative_after, "relative-after", \
	  "words after a weekday that make it relative: \"lalu\"") \
	X(DATE_FILLERS, date_fillers, "date-fillers", \
	  "words between a weekday and its date: \"malam\"") \
	X(CONNECTORS, connectors, "connectors", \
	  "words that join weekdays into a list or a range") \
	X(TITLES, titles, "titles", \
	  "titles, offices and honorifics before a name") \
	X(HONORIFICS, honorifics, "honorifics", \
	  "abbreviated honorifics left out of a speaker's name") \
	X(VERBS_BEFORE, verbs_before, "verbs-before", \
	  "attribution verbs before the speaker: \"kata\", \"said\"") \
	X(VERBS_AFTER, verbs_after, "verbs-after", \
	  "attribution verbs after the speaker: \"mengatakan\", \"said\"") \
	X(SOURCES, sources, "sources", \
	  "words before a source: \"menurut\", \"according to\"") \
	X(PRONOUNS, pronouns, "pronouns", \
	  "pronouns that stand for the last named speaker") \
	X(DETERMINERS, determiners, "determiners", \
	  "determiners and other pronouns, never part of a name") \
	X(PREPOSITIONS, prepositions, "prepositions", \
	  "prepositions that end a speaker's role: \"kata sumber di\"") \
	X(PARTICLES, particles, "particles", \
	  "lowercase words inside names: \"bin\", \"van\"") \
	X(NON_NAMES, non_names, "non-names", \
	  "capitalized words that name no person: \"Namun\", \"Officials\"") \
	X(PROPER_NOUNS, proper_nouns, "proper-nouns", \
	  "words of places', peoples' and bodies' names") \
	X(PLACE_PREPOSITIONS, place_prepositions, "place-prepositions", \
	  "words before a place: \"di\", \"in\"") \
	X(NOT_DESCRIPTIONS, not_descriptions, "not-descriptions", \
	  "words after a speaker's comma that go on with the sentence") \
	X(NAME_VARIANTS, name_variants, "name-variants", \
	  "spellings of one name, value the group: Yun and Yoon") \
	X(COMMON_WORDS, common_words, "common-words", \
	  "the most frequent function words, for the language guess") \
	X(WORDS, words, "words", \
	  "ordinary words, lowercase: the dictionary without Hunspell") \
	X(ORG_MARKERS, org_markers, "org-markers", \
	  "words after a name that make it a body's: \"Ltd\", \"Tbk\"") \
	X(ROLE_WORDS, role_words, "role-words", \
	  "what someone is or does, introducing a name after it") \
	X(ALIAS_WORDS, alias_words, "alias-words", \
	  "words between two names of one: \"alias\", \"or\"") \
	X(FAMILY_FIRST, family_first, "family-first", \
	  "family names written first: \"Yoon\", \"Xi\"") \
	X(FAMILY_LAST, family_last, "family-last", \
	  "Japanese family names, written last: \"Hayashi\"")

/* Which list. */
enum lexicon_kind {
#define LEXICON_ENUM(id, array, name, what) LEXICON_##id,
	LEXICON_KINDS(LEXICON_ENUM)
#undef LEXICON_ENUM
	LEXICON_KIND_COUNT
};

/* Flags of an entry. */
enum {
	LEXICON_ABBREVIATION = 1u << 0,	/* an abbreviation: may take a dot */
	LEXICON_NOT_LOWER = 1u << 1,	/* read only capitalized or in capitals */
	LEXICON_ROLE = 1u << 2,		/* a title that says who someone is: "Presiden", not "Pak" */
	LEXICON_ALSO_NAME = 1u << 3,	/* also a person's name: "May" */
};

/* One word (or phrase) of a list. */
struct lexicon_entry {
	const char *word;
	int value;		/* a weekday, a month, a group; else 0 */
	unsigned flags;
};

/* A sorted list. */
struct lexicon_list {
	const struct lexicon_entry *entries;
	size_t count;
};

/* A language's words. */
struct lexicon {
	const char *language;			/* "id", "en" */
	const char *weekday_names[7];		/* written in full, Sunday first */
	const char *weekday_abbreviations[7];	/* "Sun"...; NULL when the language has none */
	const char *month_names[12];		/* written in full, January first */
	struct lexicon_list lists[LEXICON_KIND_COUNT];
};

extern const struct lexicon lexicon_id;
extern const struct lexicon lexicon_en;

/* The lexicon of language ("id" or "en"); Indonesian for anything else. */
const struct lexicon *lexicon_of(const char *language);

/* The name of a kind of list ("weekdays"). */
const char *lexicon_kind_name(enum lexicon_kind kind);

/* Compare the an bytes at a with the bn bytes at b as the lists are
 * sorted: ASCII letters without case, then bytes, a prefix first. */
int lexicon_compare(const char *a, size_t an, const char *b, size_t bn);

/* The entry of list kind of lx that is the n bytes at w (ASCII case
 * ignored), or NULL. */
const struct lexicon_entry *lexicon_find(const struct lexicon *lx, enum lexicon_kind kind,
					 const char *w, size_t n);

/* Whether the n bytes at w are an entry of list kind of lx. */
int lexicon_has(const struct lexicon *lx, enum lexicon_kind kind, const char *w, size_t n);

/* The index of the first entry of list kind of lx that is not after the
 * one before it, or its count when the list is in order. */
size_t lexicon_misplaced(const struct lexicon *lx, enum lexicon_kind kind);

#endif
