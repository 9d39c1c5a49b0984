/*
 * words.h - word and sentence boundaries in UTF-8 text, for the reader's
 * keyboard selection.
 *
 * Positions are byte offsets into the len bytes at s; ranges are [start,
 * end).  A character is a grapheme cluster (a letter and its combining
 * accents, a flag, an emoji sequence), classed by its first code point,
 * and every boundary found lies between two.  Nothing here allocates,
 * and ill-formed UTF-8 is read as U+FFFD (a letter, not a space).
 *
 * A word is a run of non-space characters (Unicode White_Space: U+00A0,
 * U+3000... are spaces) with its leading and trailing punctuation (quotes,
 * brackets, , . ; : ! ? and the like) taken off; punctuation inside stays:
 * "25/10/2020", "Jum'at", "langkah-langkah" and "3.000" are one word each,
 * "(Yoon.)" is the word "Yoon".  A run of punctuation alone, or of hyphens
 * (" - " used as a dash), is no word.
 *
 * A sentence ends after . ! ? or ... (and any closing quotes or brackets
 * after them) followed by a space or the end of the text, unless the dot
 * ends a known abbreviation ("Dr.", "Jl.", "No.", "dkk.", "Oct."...) or an
 * initial ("J.", "U.S."); a dot between digits ("3.000") is never
 * followed by a space, so it never ends one.  Full-width 。！？ end a
 * sentence with or without a space after them, and a line break always
 * ends one.  A sentence's range leaves out the spaces around it.
 *
 * How a selection [start, end) uses these:
 *   w  words_at_or_after(end)    -> end = that word's end
 *   b  words_before(start)       -> start = that word's start
 *   e  words_ending_before(end)  -> end = that word's end, if still > start
 *   (  words_sentence_before(start) -> start = that sentence's start
 *   )  words_sentence_after(end)    -> end = that sentence's end
 * Each moves to the neighbouring word or sentence when the selection is
 * already on a boundary, and stays inside a word or sentence otherwise.
 */
#ifndef TANDA_WORDS_H
#define TANDA_WORDS_H

#include <stddef.h>
#include <stdint.h>

/* Whether cp separates words: Unicode White_Space. */
int words_is_space(uint32_t cp);

/* Whether cp is punctuation taken off the ends of a word. */
int words_is_punct(uint32_t cp);

/*
 * Whether the n bytes at w (a word without its final dot) are an
 * abbreviation whose dot does not end a sentence: one of a short list
 * (titles, months, "Jl", "No", "dll", "dkk"...; case matters) or initials
 * ("J", "U.S", "s.d").
 */
int words_is_abbreviation(const char *w, size_t n);

/*
 * The start of the code point that ends at byte i > 0 of s, and the code
 * point in *cp (U+FFFD when ill-formed).  Never goes back more than 4
 * bytes.  (One code point, not a cluster: for the checks that look at the
 * letter before a word.)
 */
size_t words_char_before(const char *s, size_t i, uint32_t *cp);

/* The first word that ends after from: 1 and its range, or 0 if none. */
int words_at_or_after(const char *s, size_t len, size_t from, size_t *start, size_t *end);

/* The last word that starts before `before`: 1 and its range, or 0. */
int words_before(const char *s, size_t len, size_t before, size_t *start, size_t *end);

/* The last word that ends before `before`: 1 and its range, or 0. */
int words_ending_before(const char *s, size_t len, size_t before, size_t *start,
			size_t *end);

/*
 * The sentence holding byte at: the next one when at is in the spaces
 * between two, the last one when at is in the spaces at the end.  Text
 * with nothing but spaces gives the empty range [at, at) (at at most len).
 */
void words_sentence_around(const char *s, size_t len, size_t at, size_t *start, size_t *end);

/* The last sentence that starts before `before`: 1 and its range, or 0. */
int words_sentence_before(const char *s, size_t len, size_t before, size_t *start,
			  size_t *end);

/* The first sentence that ends after `after`: 1 and its range, or 0. */
int words_sentence_after(const char *s, size_t len, size_t after, size_t *start, size_t *end);

#endif
