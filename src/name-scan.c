/*
 * name-scan.c - the name scanner (name-scan.h): the words of each
 * paragraph classified with the lexicons (lexicon.h), cut into runs of
 * capitalized words and the runs into mentions of people.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "grow.h"
#include "lexicon.h"
#include "name-scan.h"
#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"
#include "words.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* What a word of a paragraph is. */
enum {
	W_CAP = 1u << 0,	/* begins with a capital */
	W_NAME = 1u << 1,	/* may be a word of a person's name */
	W_TITLE = 1u << 2,	/* a title or honorific */
	W_ROLE = 1u << 3,	/* a title that says who someone is */
	W_JOINED = 1u << 4,	/* only spaces (or a title's dot) since the word before */
	W_SENTENCE = 1u << 5,	/* begins a sentence, a quote or a clause */
	W_ORG = 1u << 6,	/* a word of a place's or body's name, or an acronym */
	W_POSSESSIVE = 1u << 7,	/* had a possessive "'s" */
	W_PERIOD = 1u << 8,	/* begins a sentence (or a quote): not a clause alone */
	W_VERB = 1u << 9,	/* an attribution verb or pronoun, capitalized */
};

/* A word of the paragraph being read: bytes [start, end) of the text, a
 * possessive "'s" left out. */
struct name_word {
	size_t start, end;
	unsigned flags;
};

/* A string to sort: n bytes at s, what it stands for, and where else it
 * was seen (KEY_ flags). */
struct key {
	const char *s;
	size_t n;
	size_t index;
	unsigned seen;
};

enum {
	KEY_LOWERCASE = 1u,	/* as a lowercase word */
	KEY_NAMED = 2u,		/* as a word of a name, not first in its sentence */
};

/* The code point at byte i < n of s; returns its length in bytes. */
static size_t char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	int k = utf8_decode(s + i, n - i, cp);

	return (size_t)(k < 0 ? -k : k);
}

/* The lexicons a word of an article is looked up in: its language's,
 * and in Indonesian English's too (Indonesian news quotes English); into
 * out (2), their count. */
static size_t lexicons(const struct name_scan *nm, const struct lexicon *out[2])
{
	out[0] = &lexicon_en;
	out[1] = &lexicon_id;
	return nm->english ? 1 : 2;
}

/* The entry of list kind of the article's lexicons that is the n bytes
 * at w, or NULL. */
static const struct lexicon_entry *find_word(const struct name_scan *nm,
					     enum lexicon_kind kind, const char *w, size_t n)
{
	const struct lexicon *lx[2];
	const struct lexicon_entry *e = NULL;
	size_t k, count = lexicons(nm, lx);

	for (k = 0; k < count && e == NULL; k++)
		e = lexicon_find(lx[k], kind, w, n);
	return e;
}

/* Whether the n bytes at w are in list kind of either lexicon, whatever
 * the article's language (places, verbs: language-independent). */
static int in_either(enum lexicon_kind kind, const char *w, size_t n)
{
	return lexicon_has(&lexicon_id, kind, w, n) || lexicon_has(&lexicon_en, kind, w, n);
}

/* Whether the n bytes at w name a day or a month in full (not "May"). */
static int calendar_name(const struct name_scan *nm, const char *w, size_t n)
{
	static const enum lexicon_kind kinds[] = { LEXICON_WEEKDAYS, LEXICON_MONTHS };
	const struct lexicon_entry *e;
	size_t k;

	for (k = 0; k < 2; k++) {
		e = find_word(nm, kinds[k], w, n);
		if (e != NULL && !(e->flags & (LEXICON_ABBREVIATION | LEXICON_ALSO_NAME)))
			return 1;
	}
	return 0;
}

/* Whether the n bytes at w name no person in the article's language: the
 * function words, days and months (English ones in Indonesian too, which
 * quotes English; not the other way: "Dan" is a name in English), the
 * attribution words and pronouns. */
static int non_name(const struct name_scan *nm, const char *w, size_t n)
{
	return find_word(nm, LEXICON_NON_NAMES, w, n) != NULL || calendar_name(nm, w, n) ||
	       in_either(LEXICON_SOURCES, w, n) || in_either(LEXICON_PRONOUNS, w, n);
}

/* Whether the n bytes at w are an attribution verb: "Kata" capitalized
 * begins a sentence; mid-sentence "Said" is a name ("Said Abdullah"). */
static int verb_word(const char *w, size_t n)
{
	return in_either(LEXICON_VERBS_BEFORE, w, n) || in_either(LEXICON_VERBS_AFTER, w, n);
}

/* Whether cp is a capital letter (utf8proc's categories: the same in
 * every locale, and under none). */
static int is_upper(uint32_t cp)
{
	return unicode_is_upper(cp);
}

/* Whether cp is a lowercase letter. */
static int is_lower(uint32_t cp)
{
	return unicode_is_lower(cp);
}

/* Whether the n > 0 bytes at w begin with a capital. */
static int capitalized(const char *w, size_t n)
{
	uint32_t cp;

	char_at(w, n, 0, &cp);
	return is_upper(cp);
}

/* Whether cp may stand inside a word of a name: a letter, a combining
 * mark, a hyphen or an apostrophe ("Jae-in", "O'Brien", "Jum\u2019at"). */
static int name_char(uint32_t cp)
{
	return unicode_is_letter(cp) || unicode_is_mark(cp) || cp == '-' || cp == '\'' ||
	       cp == 0x2019;
}

/* Whether the n bytes at w are shaped as a word of a name: a capital, a
 * letter after it that is no capital (no acronym: "MPs", "PBB"), a
 * lowercase letter somewhere (no initial), nothing but letters, marks,
 * hyphens and apostrophes (no digit, no "Abdullah,Fraksi" run together). */
static int name_shaped(const char *w, size_t n)
{
	size_t first, i, k;
	uint32_t cp;
	int lower = 0;

	if (n == 0 || n > NAME_WORD_MAX || !capitalized(w, n))
		return 0;
	for (i = first = char_at(w, n, 0, &cp); i < n; i += k) {
		k = char_at(w, n, i, &cp);
		if (!name_char(cp) || (i == first && is_upper(cp)))
			return 0;
		lower |= is_lower(cp);
	}
	return lower;
}

/* Whether the n bytes at w are an acronym: two capitals first ("AS",
 * "KCNA"). */
static int acronym(const char *w, size_t n)
{
	uint32_t cp;
	size_t first;

	if (n < 2 || !capitalized(w, n))
		return 0;
	first = char_at(w, n, 0, &cp);
	char_at(w, n, first, &cp);
	return first < n && is_upper(cp);
}

/* The length of the n bytes at w without a possessive "'s" or "’s". */
static size_t without_possessive(const char *w, size_t n)
{
	if (n > 2 && memcmp(w + n - 2, "'s", 2) == 0)
		return n - 2;
	if (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
		return n - 4;
	return n;
}

/* The W_ flags of what the n bytes at w are. */
static unsigned classify(const struct name_scan *nm, const char *w, size_t n)
{
	const struct lexicon_entry *t;

	if (n == 0 || !capitalized(w, n))
		return 0;
	t = find_word(nm, LEXICON_TITLES, w, n);
	if (t != NULL)
		return W_CAP | W_TITLE | (t->flags & LEXICON_ROLE ? W_ROLE : 0);
	if (!name_shaped(w, n))
		return W_CAP | (acronym(w, n) ? W_ORG : 0);
	if (in_either(LEXICON_PROPER_NOUNS, w, n) || in_either(LEXICON_ORG_MARKERS, w, n))
		return W_CAP | W_ORG;
	if (non_name(nm, w, n))
		return W_CAP;
	return W_CAP | W_NAME | (verb_word(w, n) ? W_VERB : 0);
}

/* Whether cp, between two words, begins a sentence, a quote or a clause
 * after it. */
static int opens_sentence(uint32_t cp)
{
	static const uint32_t marks[] = {
		'.', '!', '?', ':', '"', '(', 0x2026, 0x201C, 0x2018, 0xAB, 0x300C,
		0x300E, 0x2013, 0x2014,
	};
	size_t i;

	for (i = 0; i < COUNT(marks); i++)
		if (marks[i] == cp)
			return 1;
	return 0;
}

/* Whether cp, between two words, ends a sentence or opens a quote. */
static int ends_sentence(uint32_t cp)
{
	static const uint32_t marks[] = {
		'.', '!', '?', '"', 0x2026, 0x201C, 0x201D, 0xAB, 0xBB, 0x300C, 0x300E,
	};
	size_t i;

	for (i = 0; i < COUNT(marks); i++)
		if (marks[i] == cp)
			return 1;
	return 0;
}

/* The W_JOINED, W_SENTENCE and W_PERIOD flags of the gap [from, to) of
 * the text between two words; dotted when the word before may take a dot
 * (a title, an abbreviation, an initial). */
static unsigned gap_flags(const char *text, size_t from, size_t to, int dotted)
{
	unsigned flags = W_JOINED;
	size_t i = from;
	uint32_t cp;

	if (dotted && i < to && text[i] == '.')
		i++;
	while (i < to) {
		i += char_at(text, to, i, &cp);
		if (words_is_space(cp))
			continue;
		flags &= ~W_JOINED;
		if (opens_sentence(cp))
			flags |= W_SENTENCE;
		if (ends_sentence(cp))
			flags |= W_PERIOD;
	}
	return flags;
}

/* Append the word [start, end) of the text to the paragraph's words; 0 on
 * success. */
static int push_word(struct name_scan *nm, size_t start, size_t end)
{
	const char *text = nm->article->text;
	struct name_word *w;

	if (GROW(nm->words, nm->words_alloc, nm->nwords + 1) != 0)
		return -1;
	w = &nm->words[nm->nwords];
	w->start = start;
	w->end = start + without_possessive(text + start, end - start);
	w->flags = classify(nm, text + start, w->end - start) | (w->end < end ? W_POSSESSIVE : 0);
	if (nm->nwords == 0) {
		w->flags |= W_SENTENCE | W_PERIOD;
	} else {
		const struct name_word *prev = w - 1;
		int dotted = prev->end < start && text[prev->end] == '.' &&
			     ((prev->flags & W_TITLE) ||
			      words_is_abbreviation(text + prev->start, prev->end - prev->start));

		w->flags |= gap_flags(text, prev->end, start, dotted);
	}
	if ((w->flags & W_VERB) && (w->flags & W_SENTENCE))
		w->flags &= ~W_NAME;	/* "Kata dia", not a name */
	nm->nwords++;
	return 0;
}

/* Read the words of paragraph p into nm->words; 0 on success. */
static int read_words(struct name_scan *nm, const struct paragraph *p)
{
	const char *s = nm->article->text + p->start;
	size_t from = 0, ws, we;

	nm->nwords = 0;
	while (words_at_or_after(s, p->len, from, &ws, &we)) {
		if (push_word(nm, p->start + ws, p->start + we) != 0)
			return -1;
		from = we;
	}
	return 0;
}

/* The longest two-word phrase looked up, with its NUL. */
#define PHRASE_MAX 96

/* Whether word i, or word i with the word before it joined to it ("juru
 * bicara", "according to"), is an entry of list kind of either lexicon;
 * entries are single words or two-word phrases, found by binary search. */
static int list_ends_at(const struct name_scan *nm, size_t i, enum lexicon_kind kind)
{
	const char *text = nm->article->text;
	const struct name_word *w = &nm->words[i], *prev;
	char phrase[PHRASE_MAX];
	size_t a, b;

	if (in_either(kind, text + w->start, w->end - w->start))
		return 1;
	if (i == 0 || !(w->flags & W_JOINED))
		return 0;
	prev = w - 1;
	a = prev->end - prev->start;
	b = w->end - w->start;
	if (a + 1 + b >= sizeof phrase)
		return 0;
	memcpy(phrase, text + prev->start, a);
	phrase[a] = ' ';
	memcpy(phrase + a + 1, text + w->start, b);
	return in_either(kind, phrase, a + 1 + b);
}

/* Whether word i leads to a speaker after it: "kata", "said", "menurut". */
static int verb_before_speaker(const struct name_scan *nm, size_t i)
{
	if (nm->words[i].flags & W_NAME)
		return 0;	/* "Said Abdullah" */
	return list_ends_at(nm, i, LEXICON_VERBS_BEFORE) || list_ends_at(nm, i, LEXICON_SOURCES);
}

/* Whether word i follows its speaker: "mengatakan", "said". */
static int verb_after_speaker(const struct name_scan *nm, size_t i)
{
	if (nm->words[i].flags & W_NAME)
		return 0;
	return list_ends_at(nm, i, LEXICON_VERBS_AFTER);
}

/* Whether word i ends a source: "menurut", "according to". */
static int source_before_speaker(const struct name_scan *nm, size_t i)
{
	return list_ends_at(nm, i, LEXICON_SOURCES);
}

/* Whether word i is a place preposition: "di", "in". */
static int place_preposition(const struct name_scan *nm, size_t i)
{
	return list_ends_at(nm, i, LEXICON_PLACE_PREPOSITIONS);
}

/* A test of word i. */
typedef int word_test(const struct name_scan *nm, size_t i);

/* Whether the first mention of the run that starts at word i, its first
 * word at k, is led by a word that passes test: one in the run before k
 * ("Menurut Yoon"), or the word right before the run ("kata Menteri
 * Austin"). */
static int led_by(const struct name_scan *nm, size_t i, size_t k, word_test *test)
{
	while (k > i)
		if (test(nm, --k))
			return 1;
	return i > 0 && (nm->words[i].flags & W_JOINED) && test(nm, i - 1);
}

/* Whether word i joins the run of capitalized words before it. */
static int continues_run(const struct name_scan *nm, size_t i)
{
	const struct name_word *w = nm->words;

	if (!(w[i].flags & W_JOINED))
		return 0;
	if (w[i].flags & W_CAP)
		return 1;
	return (w[i - 1].flags & W_NAME) && i + 1 < nm->nwords && (w[i + 1].flags & W_NAME) &&
	       (w[i + 1].flags & W_JOINED) && list_ends_at(nm, i, LEXICON_PARTICLES);
}

/* Append the mention of the name words of words [k, end) with flags,
 * titled from byte title_start; 0 on success. */
static int add_mention(struct name_scan *nm, size_t k, size_t end, unsigned flags,
		       size_t title_start)
{
	struct name_mention *m;
	size_t i;

	if (GROW(nm->mentions, nm->mentions_alloc, nm->nmentions + 1) != 0 ||
	    GROW(nm->occs, nm->occs_alloc, nm->nocc + (end - k)) != 0)
		return -1;
	m = &nm->mentions[nm->nmentions++];
	m->first = nm->nocc;
	m->count = 0;
	m->paragraph = nm->paragraph;
	m->title_start = title_start;
	for (i = k; i < end; i++) {
		struct name_occ *o;

		if (!(nm->words[i].flags & W_NAME))
			continue;	/* a particle */
		o = &nm->occs[nm->nocc++];
		o->start = nm->words[i].start;
		o->end = nm->words[i].end;
		o->s = NULL;
		o->n = 0;
		o->mention = nm->nmentions - 1;
		o->spelling = (size_t)-1;
		o->live = 1;
		m->count++;
	}
	m->flags = flags | (m->count >= 2 ? MENTION_FULL : 0);
	return 0;
}

/* The end of the mention that begins at word k of the run [k, j): its
 * name words and the particles between them. */
static size_t mention_end(const struct name_scan *nm, size_t k, size_t j)
{
	while (k < j && ((nm->words[k].flags & W_NAME) || !(nm->words[k].flags & W_CAP)))
		k++;
	return k;
}

/* Whether the text [from, to) is all spaces. */
static int only_spaces(const char *text, size_t from, size_t to)
{
	uint32_t cp;

	while (from < to) {
		from += char_at(text, to, from, &cp);
		if (!words_is_space(cp))
			return 0;
	}
	return 1;
}

/* Whether word i may begin a description of someone: a lowercase word
 * that does not go on with the sentence. */
static int describes(const struct name_scan *nm, size_t i)
{
	const struct name_word *w = &nm->words[i];
	const char *s = nm->article->text + w->start;
	size_t n = w->end - w->start;
	uint32_t cp;

	char_at(s, n, 0, &cp);
	if (!is_lower(cp) || (n > 3 && memcmp(s + n - 3, "ing", 3) == 0))
		return 0;
	return !in_either(LEXICON_NOT_DESCRIPTIONS, s, n) && !verb_after_speaker(nm, i) &&
	       !verb_before_speaker(nm, i);
}

/* Whether the text at i (before limit) is an age or a year, in
 * parentheses or not: "63", "(1930)" ("kata Paolo, 63 tahun"; "menurut
 * Goodhart (1930)", a cited work). */
static int number_at(const char *text, size_t i, size_t limit)
{
	size_t digits = 0;

	if (i < limit && text[i] == '(')
		i++;
	while (i < limit && text[i] >= '0' && text[i] <= '9')
		i++, digits++;
	return digits >= 2 && digits <= 4;
}

/* Whether the mention that ends before word end is the author of a
 * book the sentence cites: "menurut Dr. Mardani dalam bukunya". */
static int book_cited(const struct name_scan *nm, size_t end)
{
	static const char *const phrases[] = {
		"dalam buku", "in his book", "in her book", "in their book", "in the book",
	};
	const char *text = nm->article->text;
	const struct paragraph *p = &nm->article->paragraphs[nm->paragraph];
	size_t after = nm->words[end - 1].end + 1, limit = p->start + p->len, k, n;

	for (k = 0; k < COUNT(phrases); k++) {
		n = strlen(phrases[k]);
		if (after + n <= limit && text[after - 1] == ' ' &&
		    memcmp(text + after, phrases[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Whether an age or a year follows the mention that ends before word
 * end, or a book: "kata Paolo, 63 tahun", "menurut Goodhart (1930)" (a
 * cited work). */
static int aged_or_cited(const struct name_scan *nm, size_t end)
{
	const char *text = nm->article->text;
	const struct paragraph *p = &nm->article->paragraphs[nm->paragraph];
	size_t after = nm->words[end - 1].end, limit = p->start + p->len;

	if (book_cited(nm, end))
		return 1;
	if (after + 2 < limit && text[after] == ' ' && text[after + 1] == '(')
		return number_at(text, after + 1, limit);
	return after + 2 < limit && text[after] == ',' && text[after + 1] == ' ' &&
	       number_at(text, after + 2, limit);
}

/* Whether a description follows the mention that ends before word end:
 * ", warga Ciawi", ", a spokesman". */
static int described_after(const struct name_scan *nm, size_t end)
{
	const char *text = nm->article->text;
	size_t comma;

	if (end == 0 || end >= nm->nwords)
		return 0;
	comma = nm->words[end - 1].end;
	return comma < nm->words[end].start && text[comma] == ',' &&
	       only_spaces(text, comma + 1, nm->words[end].start) && describes(nm, end);
}

/* Whether word i is an office or a role, in any case: a title that says
 * who someone is ("Direktur", "menteri") or a role word ("juru bicara",
 * "spokesman"). */
static int office_word(const struct name_scan *nm, size_t i)
{
	const struct name_word *w = &nm->words[i];
	const struct lexicon_entry *t =
		find_word(nm, LEXICON_TITLES, nm->article->text + w->start, w->end - w->start);

	return (t != NULL && (t->flags & LEXICON_ROLE)) || list_ends_at(nm, i, LEXICON_ROLE_WORDS);
}

/* How far back in its sentence an office introduces a name. */
#define OFFICE_REACH 16

/* Whether an office or role comes before word k in its sentence, at most
 * OFFICE_REACH words back: "Direktur Penyuluhan, Pelayanan, dan Hubungan
 * Masyarakat Ditjen Pajak Rosmauli", "komisioner Komnas HAM, Saurlin". */
static int office_near(const struct name_scan *nm, size_t k)
{
	size_t i = k, steps;

	for (steps = 0; steps < OFFICE_REACH && i > 0 && !(nm->words[i].flags & W_PERIOD);
	     steps++)
		if (office_word(nm, --i))
			return 1;
	return 0;
}

/* Whether the word before word i, in its sentence, is a lowercase "the":
 * "the Bundesbank". */
static int after_the(const struct name_scan *nm, size_t i)
{
	const struct name_word *w;

	if (i == 0 || (nm->words[i].flags & W_SENTENCE))
		return 0;
	w = &nm->words[i - 1];
	return w->end - w->start == 3 && memcmp(nm->article->text + w->start, "the", 3) == 0;
}

/* Whether word i is the lowercase word w. */
static int word_equals(const struct name_scan *nm, size_t i, const char *w)
{
	const struct name_word *x = &nm->words[i];
	size_t n = strlen(w);

	return x->end - x->start == n && memcmp(nm->article->text + x->start, w, n) == 0;
}

/* Whether the words after the attribution verb at word j say "it" or
 * "its", maybe after "that": "Electrolux said it would", "Highfield said
 * that it intends", a body speaking. */
static int it_follows(const struct name_scan *nm, size_t j)
{
	size_t k = j + 1;

	if (k < nm->nwords && (nm->words[k].flags & W_JOINED) && word_equals(nm, k, "that"))
		k++;
	return k < nm->nwords && (nm->words[k].flags & W_JOINED) &&
	       (word_equals(nm, k, "it") || word_equals(nm, k, "its"));
}

/* The MENTION_ORG flag of the mention [k, end) of the run [i, j): a body's
 * word follows it in the run ("Electrolux Group", "Barclays Bank"), it is
 * one word after "the", or it speaks of itself as "it". */
static unsigned org_flags(const struct name_scan *nm, size_t i, size_t j, size_t k, size_t end)
{
	if (end < j && (nm->words[end].flags & W_ORG))
		return MENTION_ORG;
	if (k == i && end - k == 1 && after_the(nm, i))
		return MENTION_ORG;
	if (end == j && j < nm->nwords && (nm->words[j].flags & W_JOINED) &&
	    verb_after_speaker(nm, j) && it_follows(nm, j))
		return MENTION_ORG;
	return 0;
}

/* Whether a speaker after its verb ends where it should, the mention
 * [.., end) of the run that ends at j: in English at punctuation or the
 * paragraph's end ("said Smith." but not "said Houston was", reported
 * speech); Indonesian goes on ("kata Rano kepada wartawan"). */
static int speaker_ends(const struct name_scan *nm, size_t j, size_t end)
{
	return !nm->english || end < j || j == nm->nwords || !(nm->words[j].flags & W_JOINED);
}

/* The M_ flags of the mention [k, end) of the run [i, j), the first of the
 * run if first; titles are the W_TITLE and W_ROLE flags of the words
 * before it in the run. */
static unsigned mention_flags(const struct name_scan *nm, size_t i, size_t j, size_t k,
			      size_t end, int first, unsigned titles_before)
{
	unsigned flags = 0;

	if (titles_before & W_TITLE)
		flags |= MENTION_TITLED;
	if (titles_before & W_ROLE)
		flags |= MENTION_ROLE;
	if (nm->words[k].flags & W_SENTENCE)
		flags |= MENTION_SENTENCE;
	if ((first && led_by(nm, i, k, verb_before_speaker) && speaker_ends(nm, j, end)) ||
	    (end == j && j < nm->nwords && (nm->words[j].flags & W_JOINED) &&
	     verb_after_speaker(nm, j)))
		flags |= MENTION_ATTRIBUTED;
	if (k == i && end == i + 1 && i > 0 && (nm->words[i].flags & W_JOINED) &&
	    place_preposition(nm, i - 1))
		flags |= MENTION_PLACE;
	if (end == j && described_after(nm, end) &&
	    !(first && led_by(nm, i, k, source_before_speaker)))
		flags |= MENTION_DESCRIBED;	/* "Menurut Darto, pasokan ..." describes nobody */
	if (end == j && aged_or_cited(nm, end))
		flags |= MENTION_DESCRIBED;
	if (office_near(nm, k))
		flags |= MENTION_OFFICE_NEAR;
	return flags | org_flags(nm, i, j, k, end);
}

/* The W_TITLE and W_ROLE flags of a title before the run that starts at
 * word i and one or two lowercase words of a role between them, a title
 * that names nobody else: "Ketua RT setempat Slamet" (not "Presiden
 * Jokowi menyambut Xi"). */
static unsigned role_before(const struct name_scan *nm, size_t i)
{
	size_t k = i, lower = 0;

	while (k > 0 && (nm->words[k].flags & W_JOINED) && !(nm->words[k - 1].flags & W_CAP)) {
		if (++lower > 2 || !describes(nm, k - 1))
			return 0;
		k--;
	}
	while (lower > 0 && k > 0 && (nm->words[k].flags & W_JOINED) &&
	       (nm->words[k - 1].flags & W_CAP) && !(nm->words[k - 1].flags & W_NAME)) {
		k--;
		if (nm->words[k].flags & W_TITLE)
			return nm->words[k].flags & (W_TITLE | W_ROLE);
	}
	return 0;
}

/* Whether the one-word mention [k, end) of the run that starts at word i
 * may end the name of a body or place: it follows a word of one
 * ("Samsung Electronics said", "Kantor Yun"), with no title before it in
 * the run ("Menteri Pertahanan AS Austin") and no possessive ("Korea's
 * Yun"). */
static int ends_body(const struct name_scan *nm, size_t i, size_t k, size_t end,
		     unsigned titles_before)
{
	const struct name_word *before;

	if (end - k != 1 || k <= i)
		return 0;	/* past here k > i, so words[k - 1] exists */
	before = &nm->words[k - 1];
	return (before->flags & W_ORG) && !(before->flags & W_POSSESSIVE) &&
	       !(titles_before & W_TITLE);
}

/* Whether the text between words k - 1 and k holds an ampersand: "Marsh
 * & McLennan" names a body. */
static int ampersand_before(const struct name_scan *nm, size_t k)
{
	const char *text = nm->article->text;
	size_t i;

	for (i = k > 0 ? nm->words[k - 1].end : 0; k > 0 && i < nm->words[k].start; i++)
		if (text[i] == '&')
			return 1;
	return 0;
}

/* The flags the words around the mention [k, end) of the run [i, j) give
 * it: an honorific or an initial right before it, an ampersand joining it
 * to another name. */
static unsigned neighbour_flags(const struct name_scan *nm, size_t i, size_t j, size_t k,
				size_t end)
{
	const struct name_word *w = nm->words;
	unsigned flags = 0;

	if (k > i && (w[k - 1].flags & W_TITLE) && !(w[k - 1].flags & W_ROLE))
		flags |= MENTION_HONORIFIC;
	if (k > i && w[k - 1].end - w[k - 1].start == 1)
		flags |= MENTION_INITIALED;
	if ((k == i && ampersand_before(nm, i)) ||
	    (end == j && j < nm->nwords && (w[j].flags & W_CAP) && ampersand_before(nm, j)))
		flags |= MENTION_ORG;
	return flags;
}

/* Whether a title word k of the run [i, j) ends a name rather than begins
 * one: after a name word, the run's last word ("Paul King", not "King
 * Charles" nor "Mantan Ketua KPPU"); it is then a name word. */
static int surname_title(const struct name_scan *nm, size_t i, size_t j, size_t k)
{
	const struct name_word *w = nm->words;

	return k > i && k + 1 == j && (w[k].flags & W_TITLE) && (w[k - 1].flags & W_NAME) &&
	       name_shaped(nm->article->text + w[k].start, w[k].end - w[k].start);
}

/* Add the mentions of the run of words [i, j); 0 on success. */
static int read_run(struct name_scan *nm, size_t i, size_t j)
{
	unsigned titles_before = role_before(nm, i), flags;
	size_t k = i, end, title_start = (size_t)-1;
	int first = 1;

	for (k = i; k < j; k++)
		if (surname_title(nm, i, j, k))
			nm->words[k].flags = (nm->words[k].flags & ~(W_TITLE | W_ROLE)) | W_NAME;
	k = i;
	while (k < j) {
		if (!(nm->words[k].flags & W_NAME)) {
			if ((nm->words[k].flags & W_TITLE) && title_start == (size_t)-1)
				title_start = nm->words[k].start;
			titles_before |= nm->words[k++].flags & (W_TITLE | W_ROLE);
			continue;
		}
		end = mention_end(nm, k, j);
		flags = mention_flags(nm, i, j, k, end, first, titles_before) |
			neighbour_flags(nm, i, j, k, end);
		if (ends_body(nm, i, k, end, titles_before))
			flags = (flags & ~MENTION_ATTRIBUTED) | MENTION_ORG;	/* a body speaks */
		else if (k > i && (nm->words[k - 1].flags & W_ORG) &&
			 !(nm->words[k - 1].flags & W_POSSESSIVE) && !(titles_before & W_TITLE))
			flags |= MENTION_ORG;	/* "Kerajaan Sunda Galuh" */
		if (add_mention(nm, k, end, flags, title_start) != 0)
			return -1;
		first = 0;
		k = end;
	}
	return 0;
}

/* Add the mentions of the paragraph's words; 0 on success. */
static int read_runs(struct name_scan *nm)
{
	size_t i = 0, j;

	while (i < nm->nwords) {
		if (!(nm->words[i].flags & W_CAP)) {
			i++;
			continue;
		}
		for (j = i + 1; j < nm->nwords && continues_run(nm, j); j++)
			;
		if (read_run(nm, i, j) != 0)
			return -1;
		i = j;
	}
	return 0;
}

/* Compare two keys for qsort: by their bytes, ASCII case ignored, then
 * index. */
static int compare_keys_folded(const void *x, const void *y)
{
	const struct key *a = x, *b = y;
	int c = lexicon_compare(a->s, a->n, b->s, b->n);

	return c != 0 ? c : a->index < b->index ? -1 : a->index > b->index;
}

/* The key among the sorted count equal to the n bytes at w (case
 * ignored), or NULL. */
static struct key *find_folded(struct key *keys, size_t count, const char *w, size_t n)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = lexicon_compare(keys[mid].s, keys[mid].n, w, n);

		if (c == 0)
			return &keys[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Mark the keys equal to a lowercase word of the article. */
static void see_lowercase_words(const struct name_scan *nm, struct key *keys, size_t count)
{
	const struct article *a = nm->article;
	size_t i, from, ws, we;
	uint32_t cp;

	for (i = 0; i < a->count; i++) {
		const char *s = a->text + a->paragraphs[i].start;
		size_t len = a->paragraphs[i].len;
		struct key *k;

		for (from = 0; words_at_or_after(s, len, from, &ws, &we); from = we) {
			char_at(s, we, ws, &cp);
			if (is_lower(cp) && (k = find_folded(keys, count, s + ws, we - ws)) != NULL)
				k->seen |= KEY_LOWERCASE;
		}
	}
}

/* Mark the keys equal to a word of a name that does not begin a sentence. */
static void see_names(const struct name_scan *nm, struct key *keys, size_t count)
{
	const char *text = nm->article->text;
	size_t i, k;
	struct key *key;

	for (i = 0; i < nm->nmentions; i++) {
		const struct name_mention *m = &nm->mentions[i];

		for (k = m->first + (m->flags & MENTION_SENTENCE ? 1 : 0); k < m->first + m->count; k++) {
			key = find_folded(keys, count, text + nm->occs[k].start,
					  nm->occs[k].end - nm->occs[k].start);
			if (key != NULL)
				key->seen |= KEY_NAMED;
		}
	}
}

/* Drop the one-word mention m. */
static void drop_mention(struct name_scan *nm, struct name_mention *m)
{
	nm->occs[m->first].live = 0;
	m->count = 0;
}

/* Drop the one-word mentions that begin a sentence when the article also
 * writes them in lowercase ("Serangan itu" and "serangan"), unless they
 * are names elsewhere ("kata Putri" and "putri"); 0 on success.  A longer
 * run stays a name: "Putri Rahayu", though also "putri". */
static int drop_common_words(struct name_scan *nm)
{
	struct key *keys;
	size_t i, count = 0, run;

	keys = malloc((nm->nmentions ? nm->nmentions : 1) * sizeof *keys);
	if (keys == NULL)
		return -1;
	for (i = 0; i < nm->nmentions; i++) {
		const struct name_mention *m = &nm->mentions[i];
		const struct name_occ *o = &nm->occs[m->first];

		if ((m->flags & MENTION_SENTENCE) && m->count == 1)
			keys[count++] = (struct key){ nm->article->text + o->start,
						      o->end - o->start, i, 0 };
	}
	qsort(keys, count, sizeof *keys, compare_keys_folded);
	see_lowercase_words(nm, keys, count);
	see_names(nm, keys, count);
	for (i = 0; i < count; i = run) {
		unsigned seen = 0;
		size_t k;

		for (run = i; run < count && lexicon_compare(keys[run].s, keys[run].n, keys[i].s,
							     keys[i].n) == 0; run++)
			seen |= keys[run].seen;
		for (k = i; seen == KEY_LOWERCASE && k < run; k++)
			drop_mention(nm, &nm->mentions[keys[k].index]);
	}
	free(keys);
	return 0;
}

/* The fewest names followed by a comma that make a paragraph a list. */
#define LIST_NAMES 4

/* Mark the mentions from first on (the paragraph's) as a list's when
 * LIST_NAMES of them or more are followed by a comma or a semicolon:
 * "Buffon, Cannavaro, Thuram, Zebina; Emerson..." */
static void mark_list(struct name_scan *nm, size_t first)
{
	const char *text = nm->article->text;
	size_t i, listed = 0, end = nm->article->paragraphs[nm->paragraph].start +
				    nm->article->paragraphs[nm->paragraph].len;

	for (i = first; i < nm->nmentions; i++) {
		const struct name_mention *m = &nm->mentions[i];
		size_t after = m->count ? nm->occs[m->first + m->count - 1].end : end;

		listed += after < end && (text[after] == ',' || text[after] == ';');
	}
	for (i = first; listed >= LIST_NAMES && i < nm->nmentions; i++)
		nm->mentions[i].flags |= MENTION_LIST;
}

/* Read every paragraph's mentions; 0 on success. */
static int read_mentions(struct name_scan *nm)
{
	size_t i;

	for (i = 0; i < nm->article->count; i++) {
		size_t first = nm->nmentions;

		nm->paragraph = i;
		if (read_words(nm, &nm->article->paragraphs[i]) != 0 || read_runs(nm) != 0)
			return -1;
		mark_list(nm, first);
	}
	return drop_common_words(nm);
}

/* Give every word its spelling in NFC: the text itself when it is
 * certainly NFC already (nearly always), else its NFC form in
 * ns->normalized; 0, or -1 when memory ran out. */
static int normalize(struct name_scan *ns)
{
	struct strbuf nfc = STRBUF_INIT;
	size_t i, *at = malloc((ns->nocc ? ns->nocc : 1) * sizeof *at);

	if (at == NULL)
		return -1;
	for (i = 0; i < ns->nocc; i++) {
		struct name_occ *o = &ns->occs[i];
		const char *w = ns->article->text + o->start;

		at[i] = (size_t)-1;
		if (unicode_is_nfc(w, o->end - o->start)) {
			o->s = w;
			o->n = o->end - o->start;
		} else {
			at[i] = nfc.len;
			(void)unicode_nfc(w, o->end - o->start, &nfc);
			o->n = nfc.len - at[i];
		}
	}
	ns->normalized_len = nfc.len;
	ns->normalized = strbuf_detach(&nfc, NULL);
	for (i = 0; i < ns->nocc && ns->normalized != NULL; i++)
		if (at[i] != (size_t)-1)
			ns->occs[i].s = ns->normalized + at[i];
	free(at);
	return ns->normalized != NULL ? 0 : -1;
}

int name_scan_read(struct name_scan *ns, const struct article *article, int english)
{
	ns->article = article;
	ns->english = english;
	return read_mentions(ns) != 0 || normalize(ns) != 0 ? -1 : 0;
}

void name_scan_release(struct name_scan *ns)
{
	free(ns->occs);
	free(ns->mentions);
	free(ns->words);
	free(ns->normalized);
	memset(ns, 0, sizeof *ns);
}
