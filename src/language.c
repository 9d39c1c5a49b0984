/*
 * language.c - count the function words of Indonesian and English (their
 * lexicons' common words, lexicon.h).
 */
#include <string.h>

#include "language.h"
#include "lexicon.h"

/* How much of the text is looked at. */
#define SAMPLE_BYTES 65536
/* The fewest words of the winning language for a guess. */
#define MIN_HITS 3

/* Whether b is an ASCII letter. */
static int is_letter(char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

const char *language_guess(const char *text, size_t len)
{
	size_t id_hits = 0, en_hits = 0, i = 0;

	if (len > SAMPLE_BYTES)
		len = SAMPLE_BYTES;
	while (i < len) {
		char word[16];
		size_t n = 0;

		while (i < len && !is_letter(text[i]))
			i++;
		for (; i < len && is_letter(text[i]); i++)
			if (n < sizeof word)
				word[n++] = (char)(text[i] | 0x20);
		if (n == 0 || n == sizeof word)
			continue;
		id_hits += lexicon_has(&lexicon_id, LEXICON_COMMON_WORDS, word, n);
		en_hits += lexicon_has(&lexicon_en, LEXICON_COMMON_WORDS, word, n);
	}
	if (id_hits >= MIN_HITS && id_hits >= 2 * en_hits)
		return "id";
	if (en_hits >= MIN_HITS && en_hits >= 2 * id_hits)
		return "en";
	return NULL;
}
