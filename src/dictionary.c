/*
 * dictionary.c - ordinary words (dictionary.h): the lexicons' list first,
 * then Hunspell with the system's dictionary of the language, loaded on
 * the first question.  Words are lowercased with utf8proc (unicode.h) and
 * given to Hunspell in its dictionary's encoding (UTF-8 for en_US,
 * ISO 8859-1 for id_ID; a word outside Latin-1 is no Indonesian word).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef HAVE_HUNSPELL
#include <hunspell/hunspell.h>
#endif

#include "dictionary.h"
#include "lexicon.h"
#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"

#ifndef HUNSPELL_DIR
#define HUNSPELL_DIR "/usr/share/hunspell"
#endif

/* The longest word looked up, in bytes, with its NUL. */
#define WORD_MAX 256

/* The languages, with their Hunspell dictionary's name. */
enum { ID, EN, LANGUAGES };
#ifdef HAVE_HUNSPELL
static const char *const dictionary_names[LANGUAGES] = { "id_ID", "en_US" };
#endif

/* One language's state. */
struct language_state {
	int tried;		/* loading was tried (it happens once) */
#ifdef HAVE_HUNSPELL
	Hunhandle *hunspell;	/* NULL when not loaded */
	int latin1;		/* its encoding is ISO 8859-1, not UTF-8 */
#endif
};

struct dictionary {
	struct language_state languages[LANGUAGES];
};

struct dictionary *dictionary_new(void)
{
	return calloc(1, sizeof(struct dictionary));
}

void dictionary_free(struct dictionary *d)
{
#ifdef HAVE_HUNSPELL
	size_t k;

	for (k = 0; d != NULL && k < LANGUAGES; k++)
		if (d->languages[k].hunspell != NULL)
			Hunspell_destroy(d->languages[k].hunspell);
#endif
	free(d);
}

/* The index of language. */
static int language_index(const char *language)
{
	return language != NULL && strcmp(language, "en") == 0 ? EN : ID;
}

/* The n bytes at w in lowercase into out (WORD_MAX bytes) with a NUL: 0,
 * or -1 when it does not fit. */
static int lowercase(const char *w, size_t n, char *out)
{
	size_t i = 0, used = 0;
	uint32_t cp;
	char bytes[4];

	while (i < n) {
		int k = utf8_decode(w + i, n - i, &cp);
		size_t len;

		i += (size_t)(k < 0 ? -k : k);
		len = (size_t)utf8_encode(unicode_lower(cp), bytes);
		if (used + len >= WORD_MAX)
			return -1;
		memcpy(out + used, bytes, len);
		used += len;
	}
	out[used] = '\0';
	return 0;
}

#ifdef HAVE_HUNSPELL
/* Where the dictionaries are: $TANDA_HUNSPELL_DIR, else HUNSPELL_DIR. */
static const char *hunspell_dir(void)
{
	const char *dir = getenv("TANDA_HUNSPELL_DIR");

	return dir != NULL && dir[0] != '\0' ? dir : HUNSPELL_DIR;
}

/* Load the Hunspell dictionary of language k into s, once; leaves it
 * NULL when its files are not there. */
static void load(struct language_state *s, int k)
{
	char aff[4096], dic[4096];
	struct strbuf a, b;

	if (s->tried)
		return;
	s->tried = 1;
	strbuf_init_fixed(&a, aff, sizeof aff);
	strbuf_init_fixed(&b, dic, sizeof dic);
	strbuf_addf(&a, "%s/%s.aff", hunspell_dir(), dictionary_names[k]);
	strbuf_addf(&b, "%s/%s.dic", hunspell_dir(), dictionary_names[k]);
	if (!strbuf_ok(&a) || !strbuf_ok(&b) || access(aff, R_OK) != 0 || access(dic, R_OK) != 0)
		return;
	s->hunspell = Hunspell_create(aff, dic);
	if (s->hunspell != NULL) {
		const char *encoding = Hunspell_get_dic_encoding(s->hunspell);

		s->latin1 = encoding != NULL && strcmp(encoding, "UTF-8") != 0;
	}
}

/* The UTF-8 word in in ISO 8859-1, into out (WORD_MAX bytes): 0, or -1
 * when a character is outside Latin-1. */
static int to_latin1(const char *in, char *out)
{
	size_t i = 0, n = strlen(in), used = 0;
	uint32_t cp;

	while (i < n) {
		int k = utf8_decode(in + i, n - i, &cp);

		if (k < 0 || cp > 0xFF)
			return -1;
		i += (size_t)k;
		out[used++] = (char)cp;
	}
	out[used] = '\0';
	return 0;
}

/* Whether Hunspell's dictionary of language k accepts the lowercase word
 * lower: 1 or 0, or -1 when the dictionary is not there. */
static int hunspell_accepts(struct dictionary *d, int k, const char *lower)
{
	struct language_state *s = &d->languages[k];
	char latin1[WORD_MAX];

	load(s, k);
	if (s->hunspell == NULL)
		return -1;
	if (!s->latin1)
		return Hunspell_spell(s->hunspell, lower) != 0;
	return to_latin1(lower, latin1) == 0 && Hunspell_spell(s->hunspell, latin1) != 0;
}
#else
/* Without Hunspell there is no dictionary to ask. */
static int hunspell_accepts(struct dictionary *d, int k, const char *lower)
{
	(void)d;
	(void)k;
	(void)lower;
	return -1;
}
#endif

int dictionary_is_word(struct dictionary *d, const char *language, const char *w, size_t n)
{
	int k = language_index(language);
	const struct lexicon *lx = k == EN ? &lexicon_en : &lexicon_id;
	char lower[WORD_MAX];

	if (n == 0 || lowercase(w, n, lower) != 0)
		return 0;
	if (lexicon_has(lx, LEXICON_WORDS, lower, strlen(lower)))
		return 1;
	return d != NULL && hunspell_accepts(d, k, lower) == 1;
}

int dictionary_has_hunspell(struct dictionary *d, const char *language)
{
	return d != NULL && hunspell_accepts(d, language_index(language), "a") >= 0;
}
