/*
 * quotes.c - quoted passages and their speakers: the marks paired as news
 * text uses them, and the few words next to a quote read against a table
 * of attribution patterns ("kata X", "X said", "according to X",
 * "tambahnya"...).  A pronoun attribution is resolved to the last named
 * speaker, looking back quote by quote.
 */
#include <string.h>

#include "article.h"
#include "lexicon.h"
#include "quotes.h"
#include "unicode.h"
#include "utf8.h"
#include "words.h"

/* The most words read on either side of a quote, and in a name. */
#define TOKENS_MAX 16
#define NAME_WORDS_MAX 8

/* The most lowercase words of a role between a verb and a name. */
#define ROLE_WORDS_MAX 3

/* How a pair of marks is used. */
enum {
	PAIR_BEFORE_WORD = 1,	/* the opening mark is followed by a non-space */
	PAIR_AROUND_WORDS = 2,	/* the marks start and end words; never left open */
};

/* A pair of quotation marks and how it is used. */
struct pair {
	uint32_t open, close;
	unsigned flags;
};

static const struct pair pairs[] = {
	{ 0x201C, 0x201D, 0 },					/* “ ” */
	{ '"', '"', PAIR_BEFORE_WORD },				/* " " */
	{ 0x2018, 0x2019, PAIR_BEFORE_WORD | PAIR_AROUND_WORDS },	/* ‘ ’ */
	{ 0xAB, 0xBB, 0 },					/* « » */
	{ 0x300C, 0x300D, 0 },					/* 「 」 */
	{ 0x300E, 0x300F, 0 },					/* 『 』 */
};

/* The words next to a quote: their ranges in the paragraph s. */
struct tokens {
	const char *s;
	size_t n;
	size_t start[TOKENS_MAX], end[TOKENS_MAX];
};

/* An attribution found among tokens: how, and the tokens of the name. */
struct match {
	enum quotes_attribution kind;
	size_t first, last;
};

/* The code point at byte i < len of s; returns its length in bytes. */
static size_t char_at(const char *s, size_t len, size_t i, uint32_t *cp)
{
	int n = utf8_decode(s + i, len - i, cp);

	return (size_t)(n < 0 ? -n : n);
}

/* The pair that cp opens, or NULL. */
static const struct pair *pair_opened_by(uint32_t cp)
{
	size_t i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (pairs[i].open == cp)
			return &pairs[i];
	return NULL;
}

/* Whether byte i is the end of s, or a space or punctuation. */
static int edge_at(const char *s, size_t len, size_t i)
{
	uint32_t cp;

	if (i >= len)
		return 1;
	char_at(s, len, i, &cp);
	return words_is_space(cp) || words_is_punct(cp);
}

/* Whether the opening mark of p that ends at byte after opens a quote;
 * prev is the character before it. */
static int opens(const struct pair *p, const char *s, size_t len, size_t after, uint32_t prev)
{
	uint32_t next = ' ';

	if (after < len)
		char_at(s, len, after, &next);
	if ((p->flags & PAIR_BEFORE_WORD) && words_is_space(next))
		return 0;
	return !(p->flags & PAIR_AROUND_WORDS) || words_is_space(prev) || words_is_punct(prev);
}

/* Find the closing mark of p for q (opened before q->start): q's end; 0
 * when there is none and p may not be left open. */
static int close_quote(const struct pair *p, const char *s, size_t len, struct quote *q)
{
	size_t i, n;
	uint32_t cp;

	for (i = q->start; i < len; i += n) {
		n = char_at(s, len, i, &cp);
		if (cp == p->close && (!(p->flags & PAIR_AROUND_WORDS) || edge_at(s, len, i + n))) {
			q->end = i;
			q->mark_end = i + n;
			q->open = 0;
			return 1;
		}
	}
	q->end = q->mark_end = len;
	q->open = 1;
	return !(p->flags & PAIR_AROUND_WORDS);
}

int quotes_next(const char *s, size_t len, size_t from, struct quote *q)
{
	const struct pair *p;
	uint32_t cp, prev = ' ';
	size_t i, n;

	if (from > 0 && from <= len)
		words_char_before(s, from, &prev);
	for (i = from; i < len; i += n, prev = cp) {
		n = char_at(s, len, i, &cp);
		p = pair_opened_by(cp);
		if (p == NULL || !opens(p, s, len, i + n, prev))
			continue;
		q->mark_start = i;
		q->start = i + n;
		if (close_quote(p, s, len, q) && q->end > q->start)
			return 1;
	}
	return 0;
}

int quotes_at(const char *s, size_t len, size_t at, struct quote *q)
{
	size_t from = 0;

	while (quotes_next(s, len, from, q) && q->mark_start <= at) {
		if (at < q->mark_end)
			return 1;
		from = q->mark_end;
	}
	return 0;
}

/* Lowercase an ASCII byte; other bytes are left alone. */
static char fold(char b)
{
	return b >= 'A' && b <= 'Z' ? (char)(b | 0x20) : b;
}

/* Whether the n bytes at a and b are equal, ASCII case ignored. */
static int folded_equal(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (fold(a[i]) != fold(b[i]))
			return 0;
	return 1;
}

/* Whether the n bytes at w are a one-word entry of list kind of either
 * lexicon: quotes are read alike in both languages. */
static int in_list(const char *w, size_t n, enum lexicon_kind kind)
{
	return lexicon_has(&lexicon_id, kind, w, n) || lexicon_has(&lexicon_en, kind, w, n);
}

/* Whether the n bytes at w name a day or a month in full. */
static int calendar_word(const char *w, size_t n)
{
	static const enum lexicon_kind kinds[] = { LEXICON_WEEKDAYS, LEXICON_MONTHS };
	static const struct lexicon *const both[] = { &lexicon_id, &lexicon_en };
	const struct lexicon_entry *e;
	size_t k;

	for (k = 0; k < 4; k++) {
		e = lexicon_find(both[k % 2], kinds[k / 2], w, n);
		if (e != NULL && !(e->flags & LEXICON_ABBREVIATION))
			return 1;
	}
	return 0;
}

/* Token i's bytes and length. */
static const char *token(const struct tokens *t, size_t i, size_t *n)
{
	*n = t->end[i] - t->start[i];
	return t->s + t->start[i];
}

/* Whether token i is an entry of list kind. */
static int token_in(const struct tokens *t, size_t i, enum lexicon_kind kind)
{
	size_t n;
	const char *w = token(t, i, &n);

	return in_list(w, n, kind);
}

/* How many tokens from i spell phrase (words one space apart), or 0. */
static size_t phrase_at(const struct tokens *t, size_t i, const char *phrase)
{
	size_t k, n, wn;
	const char *w;

	for (k = i; k < t->n; k++) {
		const char *space = strchr(phrase, ' ');

		n = space != NULL ? (size_t)(space - phrase) : strlen(phrase);
		w = token(t, k, &wn);
		if (wn != n || !folded_equal(w, phrase, n))
			return 0;
		if (space == NULL)
			return k + 1 - i;
		phrase = space + 1;
	}
	return 0;
}

/* How many tokens from i spell an entry of list kind of either lexicon,
 * or 0. */
static size_t list_at(const struct tokens *t, size_t i, enum lexicon_kind kind)
{
	const struct lexicon *both[2] = { &lexicon_id, &lexicon_en };
	size_t n, k, e;

	for (k = 0; k < 2; k++)
		for (e = 0; e < both[k]->lists[kind].count; e++)
			if ((n = phrase_at(t, i, both[k]->lists[kind].entries[e].word)) > 0)
				return n;
	return 0;
}

/* Whether only spaces lie between tokens i and i + 1 (after a dot first,
 * if dot). */
static int gap_is_space(const struct tokens *t, size_t i, int dot)
{
	size_t g = t->end[i], e = t->start[i + 1];
	uint32_t cp;

	if (dot && g < e && t->s[g] == '.')
		g++;
	while (g < e) {
		g += char_at(t->s, e, g, &cp);
		if (!words_is_space(cp))
			return 0;
	}
	return 1;
}

/* Whether token i starts with a capital, or a letter of a script without
 * case. */
static int capitalized(const struct tokens *t, size_t i)
{
	uint32_t cp;

	char_at(t->s, t->end[i], t->start[i], &cp);
	return unicode_is_letter(cp) && !unicode_is_lower(cp);
}

/* Whether token i may be a word of a name. */
static int name_word(const struct tokens *t, size_t i)
{
	size_t n;
	const char *w = token(t, i, &n);

	return capitalized(t, i) && !token_in(t, i, LEXICON_DETERMINERS) && !calendar_word(w, n) &&
	       !token_in(t, i, LEXICON_PRONOUNS);
}

/* Whether token i is an honorific before the next one: "Dr." */
static int is_title(const struct tokens *t, size_t i)
{
	return i + 1 < t->n && token_in(t, i, LEXICON_HONORIFICS) && gap_is_space(t, i, 1);
}

/* Whether tokens k and k + 1 are joined as words of one name are: by
 * spaces, or by the dot of an initial ("J. K."). */
static int joined(const struct tokens *t, size_t k)
{
	size_t n;
	const char *w = token(t, k, &n);

	return gap_is_space(t, k, words_is_abbreviation(w, n));
}

/* The next word of the name that has come to token k, or 0 at its end. */
static size_t name_goes_on(const struct tokens *t, size_t k)
{
	if (k + 1 >= t->n || !joined(t, k))
		return 0;
	if (name_word(t, k + 1))
		return k + 1;
	if (k + 2 < t->n && token_in(t, k + 1, LEXICON_PARTICLES) && joined(t, k + 1) &&
	    name_word(t, k + 2))
		return k + 2;
	return 0;
}

/* The name at token i (an honorific before it left out) into m: the
 * token after it, or 0 when there is none. */
static size_t name_at(const struct tokens *t, size_t i, struct match *m)
{
	size_t k, next;

	if (is_title(t, i))
		i++;
	if (i >= t->n || !name_word(t, i))
		return 0;
	k = i;
	while ((next = name_goes_on(t, k)) != 0 && next - i < NAME_WORDS_MAX)
		k = next;
	m->kind = QUOTES_NAMED;
	m->first = i;
	m->last = k;
	return k + 1;
}

/* The speaker at token j, right after the word before it: a pronoun or a
 * name, into m; the token after it, or 0. */
static size_t speaker_at(const struct tokens *t, size_t j, struct match *m)
{
	if (j >= t->n || !gap_is_space(t, j - 1, 0))
		return 0;
	if (token_in(t, j, LEXICON_PRONOUNS)) {
		m->kind = QUOTES_PRONOUN;
		return j + 1;
	}
	return name_at(t, j, m);
}

/* Whether token j is a verb that follows its speaker, right after it. */
static int verb_after_speaker(const struct tokens *t, size_t j)
{
	return j < t->n && gap_is_space(t, j - 1, 0) &&
	       token_in(t, j, LEXICON_VERBS_AFTER);
}

/* Whether token i is a verb or source with -nya: "tambahnya". */
static int is_verb_nya(const struct tokens *t, size_t i)
{
	size_t n;
	const char *w = token(t, i, &n);

	if (n <= 3 || !folded_equal(w + n - 3, "nya", 3))
		return 0;
	return lexicon_has(&lexicon_id, LEXICON_VERBS_BEFORE, w, n - 3) ||
	       lexicon_has(&lexicon_id, LEXICON_SOURCES, w, n - 3);
}

/* "menurut Yoon", "according to Dr. Lee", "menurut dia". */
static size_t source_then_speaker(const struct tokens *t, size_t i, struct match *m)
{
	size_t n = list_at(t, i, LEXICON_SOURCES);

	return n > 0 ? speaker_at(t, i + n, m) : 0;
}

/* "tambahnya", "katanya", "menurutnya". */
static size_t verb_nya(const struct tokens *t, size_t i, struct match *m)
{
	if (!is_verb_nya(t, i))
		return 0;
	m->kind = QUOTES_PRONOUN;
	return i + 1;
}

/* The speaker at token j, or a name after up to ROLE_WORDS_MAX lowercase
 * words that say who it is: "ujar juru bicara Hiroshi Tanaka", "said the
 * spokesman Tom Reid"; a preposition ends the role ("kata sumber di
 * Jakarta" names nobody). */
static size_t speaker_after_role(const struct tokens *t, size_t j, struct match *m)
{
	size_t k, next = speaker_at(t, j, m);

	for (k = j; next == 0 && k < j + ROLE_WORDS_MAX && k + 1 < t->n; k++) {
		if (capitalized(t, k) || token_in(t, k, LEXICON_PRONOUNS) ||
		    token_in(t, k, LEXICON_PREPOSITIONS) || !gap_is_space(t, k - 1, 0))
			break;
		if (name_word(t, k + 1))
			next = speaker_at(t, k + 1, m);
	}
	return next;
}

/* "kata Yoon", "said Jane Doe", "kata dia", "ujar juru bicara Tanaka". */
static size_t verb_then_speaker(const struct tokens *t, size_t i, struct match *m)
{
	if (!token_in(t, i, LEXICON_VERBS_BEFORE))
		return 0;
	return speaker_after_role(t, i + 1, m);
}

/* "he said", "ia menambahkan". */
static size_t pronoun_then_verb(const struct tokens *t, size_t i, struct match *m)
{
	if (!token_in(t, i, LEXICON_PRONOUNS) || !verb_after_speaker(t, i + 1))
		return 0;
	m->kind = QUOTES_PRONOUN;
	return i + 2;
}

/* "Smith told", "Yoon mengatakan". */
static size_t name_then_verb(const struct tokens *t, size_t i, struct match *m)
{
	size_t next = name_at(t, i, m);

	return next > 0 && verb_after_speaker(t, next) ? next + 1 : 0;
}

/* A pattern: the attribution at token i into m, and the token after it;
 * 0 when it does not match there. */
typedef size_t pattern_fn(const struct tokens *t, size_t i, struct match *m);

static pattern_fn *const patterns[] = {
	source_then_speaker, verb_nya, verb_then_speaker, pronoun_then_verb, name_then_verb,
};

/* The attribution at token i into m: the token after it, or 0. */
static size_t attribution_at(const struct tokens *t, size_t i, struct match *m)
{
	size_t k, next;

	for (k = 0; k < sizeof patterns / sizeof patterns[0]; k++)
		if ((next = patterns[k](t, i, m)) > 0)
			return next;
	return 0;
}

/* The first words of [a, b) of s into t. */
static void tokens_after(struct tokens *t, const char *s, size_t a, size_t b)
{
	size_t from = 0, ws, we;

	t->s = s;
	t->n = 0;
	while (t->n < TOKENS_MAX && a < b && words_at_or_after(s + a, b - a, from, &ws, &we)) {
		t->start[t->n] = a + ws;
		t->end[t->n++] = a + we;
		from = we;
	}
}

/* The last words of [a, b) of s into t, in text order. */
static void tokens_before(struct tokens *t, const char *s, size_t a, size_t b)
{
	size_t k = TOKENS_MAX, before = b - a, ws, we;

	t->s = s;
	while (k > 0 && a < b && words_before(s + a, b - a, before, &ws, &we)) {
		k--;
		t->start[k] = a + ws;
		t->end[k] = a + we;
		before = ws;
	}
	t->n = TOKENS_MAX - k;
	memmove(t->start, t->start + k, t->n * sizeof t->start[0]);
	memmove(t->end, t->end + k, t->n * sizeof t->end[0]);
}

/*
 * Where the stretch after q that may hold its attribution ends: the end
 * of the sentence, or the next quote.  When q ends a sentence and the next
 * one leads into another quote ("…." Ia menambahkan, "…"), the words are
 * that quote's: the stretch is empty.
 */
static size_t after_end(const char *s, size_t len, const struct quote *q)
{
	struct quote next;
	size_t start, end;

	if (!words_sentence_after(s, len, q->mark_end, &start, &end))
		return q->mark_end;
	if (quotes_next(s, len, q->mark_end, &next) && next.mark_start < end)
		end = start >= q->mark_end ? q->mark_end : next.mark_start;
	return end;
}

/* Where the stretch before q that may hold its attribution starts: the
 * start of its sentence, or the end of the quote before it. */
static size_t before_start(const char *s, size_t len, const struct quote *q)
{
	struct quote prev;
	size_t start, end, from = 0;

	words_sentence_around(s, len, q->mark_start, &start, &end);
	while (quotes_next(s, len, from, &prev) && prev.mark_start < q->mark_start) {
		if (prev.mark_end > start)
			start = prev.mark_end;
		from = prev.mark_end;
	}
	return start < q->mark_start ? start : q->mark_start;
}

/* Whether the words right after q attribute it: t and m. */
static int attributed_after(const char *s, size_t len, const struct quote *q, struct tokens *t,
			    struct match *m)
{
	tokens_after(t, s, q->mark_end, after_end(s, len, q));
	return t->n > 0 && attribution_at(t, 0, m) > 0;
}

/* Whether words that end right before q attribute it: t and m. */
static int attributed_before(const char *s, size_t len, const struct quote *q,
			     struct tokens *t, struct match *m)
{
	size_t i;

	tokens_before(t, s, before_start(s, len, q), q->mark_start);
	for (i = 0; i < t->n; i++)
		if (attribution_at(t, i, m) == t->n)
			return 1;
	return 0;
}

/* How q's speaker is given, and a name's range in [*a, *b). */
static enum quotes_attribution attribution(const char *s, size_t len, const struct quote *q,
					   size_t *a, size_t *b)
{
	struct tokens t;
	struct match m;

	if (!attributed_after(s, len, q, &t, &m) && !attributed_before(s, len, q, &t, &m))
		return QUOTES_NONE;
	if (m.kind == QUOTES_NAMED) {
		*a = t.start[m.first];
		*b = t.end[m.last];
	}
	return m.kind;
}

/* The named speaker of the last quote of s opening before `before`: 1 and
 * its range in [*a, *b), or 0. */
static int last_named(const char *s, size_t len, size_t before, size_t *a, size_t *b)
{
	struct quote q;
	size_t from = 0, qa, qb;
	int found = 0;

	while (quotes_next(s, len, from, &q) && q.mark_start < before) {
		if (attribution(s, len, &q, &qa, &qb) == QUOTES_NAMED) {
			*a = qa;
			*b = qb;
			found = 1;
		}
		from = q.mark_end;
	}
	return found;
}

/* Copy the n bytes at name into out (size >= 1 bytes) with a NUL, cut at
 * a character boundary if too long. */
static void copy_name(char *out, size_t size, const char *name, size_t n)
{
	if (n >= size) {
		n = size - 1;
		while (n > 0 && utf8_is_continuation((unsigned char)name[n]))
			n--;
	}
	memcpy(out, name, n);
	out[n] = '\0';
}

enum quotes_attribution quotes_speaker(const char *s, size_t len, const struct quote *q,
				       const char *prior, char *out, size_t size)
{
	enum quotes_attribution how;
	size_t a = 0, b = 0;

	out[0] = '\0';
	how = attribution(s, len, q, &a, &b);
	if (how == QUOTES_NAMED)
		copy_name(out, size, s + a, b - a);
	else if (how == QUOTES_PRONOUN && last_named(s, len, q->mark_start, &a, &b))
		copy_name(out, size, s + a, b - a);
	else if (how == QUOTES_PRONOUN && prior != NULL && prior[0] != '\0')
		copy_name(out, size, prior, strlen(prior));
	else
		how = QUOTES_NONE;
	return how;
}

int quotes_last_speaker(const struct article *article, size_t before, char *out, size_t size)
{
	size_t i = article_paragraph_at(article, before), a, b;

	out[0] = '\0';
	i = i < article->count ? i + 1 : article->count;
	while (i-- > 0) {
		const struct paragraph *p = &article->paragraphs[i];
		const char *s = article->text + p->start;

		if (before >= p->start && last_named(s, p->len, before - p->start, &a, &b)) {
			copy_name(out, size, s + a, b - a);
			return 1;
		}
	}
	return 0;
}

/* The speaker of the last quote of paragraph i of article that has one,
 * into out (as quotes_speaker): 1, or 0 and "". */
static int paragraph_speaker(const struct article *article, size_t i, char *out, size_t size)
{
	const struct paragraph *p = &article->paragraphs[i];
	const char *s = article->text + p->start;
	char prior[QUOTES_NAME_SIZE], name[QUOTES_NAME_SIZE];
	struct quote q;
	size_t from = 0;
	int found = 0;

	out[0] = '\0';
	(void)quotes_last_speaker(article, p->start, prior, sizeof prior);
	for (; quotes_next(s, p->len, from, &q); from = q.mark_end)
		if (quotes_speaker(s, p->len, &q, prior, name, sizeof name) != QUOTES_NONE) {
			copy_name(out, size, name, strlen(name));
			found = 1;
		}
	return found;
}

enum quotes_attribution quotes_article_speaker(const struct article *article, size_t paragraph,
					       const struct quote *q, char *out, size_t size)
{
	const struct paragraph *p = &article->paragraphs[paragraph];
	char prior[QUOTES_NAME_SIZE];
	enum quotes_attribution how;

	(void)quotes_last_speaker(article, p->start, prior, sizeof prior);
	how = quotes_speaker(article->text + p->start, p->len, q, prior, out, size);
	if (how != QUOTES_NONE || q->mark_start != 0 || paragraph == 0)
		return how;
	return paragraph_speaker(article, paragraph - 1, out, size) ? QUOTES_CONTINUED :
								      QUOTES_NONE;
}
