/*
 * dictionary.h - the ordinary words of Indonesian and English, for the
 * name check: whether a capitalized word is also a word of the language
 * ("Transport", "Inflasi", "Asisten"), so that it is not taken for
 * somebody's name, and so that two words with their own meanings
 * ("Pertanian", "Pertanahan") are not one name spelled two ways.
 *
 * Built with Hunspell (HAVE_HUNSPELL), the system's dictionaries answer:
 * id_ID and en_US from $TANDA_HUNSPELL_DIR, else the folder configure
 * found (HUNSPELL_DIR, /usr/share/hunspell on Debian).  A dictionary is
 * loaded on the first question about its language (loading takes tens of
 * milliseconds), so a check that asks nothing pays nothing.  Without
 * Hunspell, or when a dictionary's files are missing, the lexicons' list
 * of ordinary words answers instead (LEXICON_WORDS: smaller, but the same
 * everywhere).  That list is asked first in any case.
 *
 * A word is ordinary when its lowercase form is accepted: "Bush" is (a
 * bush), "Tracey" is not (the dictionary has it capitalized only).
 */
#ifndef TANDA_DICTIONARY_H
#define TANDA_DICTIONARY_H

#include <stddef.h>

struct dictionary;

/* A dictionary with nothing loaded yet; NULL when out of memory.  Free it
 * with dictionary_free. */
struct dictionary *dictionary_new(void);

/* Free d and the dictionaries it loaded (NULL is fine). */
void dictionary_free(struct dictionary *d);

/* Whether the n bytes at w (UTF-8, any case) are an ordinary word of
 * language ("id" or "en"; Indonesian for anything else). */
int dictionary_is_word(struct dictionary *d, const char *language, const char *w, size_t n);

/* Whether d answers from Hunspell for language (built with it, and its
 * files found), rather than from the built-in list.  Loads it. */
int dictionary_has_hunspell(struct dictionary *d, const char *language);

#endif
