/*
 * language.c - count the function words of Indonesian and English.
 */
#include <string.h>

#include "language.h"

/* How much of the text is looked at. */
#define SAMPLE_BYTES 65536
/* The fewest words of the winning language for a guess. */
#define MIN_HITS 3

/* The longest function word. */
#define MAX_WORD 8

/* The function words of each language grouped by length: entry n holds the
 * words of n letters, each followed by a space. */
static const char *const indonesian_words[MAX_WORD + 1] = {
	[2] = "di ke ",
	[3] = "dan ini itu ",
	[4] = "yang dari pada akan juga kata oleh atau kami ",
	[5] = "untuk dalam tidak telah bahwa sudah ",
	[6] = "dengan adalah karena mereka ",
	[7] = "sebagai menurut setelah ",
	[8] = "tersebut ",
};

static const char *const english_words[MAX_WORD + 1] = {
	[2] = "of to in is on it as by be ",
	[3] = "the and for was are has not ",
	[4] = "that with said from have were this ",
	[5] = "after which ",
};

/* Whether the len bytes at word (lowercase) are one of the words of list. */
static int in_list(const char *const list[MAX_WORD + 1], const char *word, size_t len)
{
	const char *w;

	if (len > MAX_WORD || list[len] == NULL)
		return 0;
	for (w = list[len]; *w != '\0'; w += len + 1)
		if (w[0] == word[0] && memcmp(w, word, len) == 0)
			return 1;
	return 0;
}

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
		id_hits += in_list(indonesian_words, word, n);
		en_hits += in_list(english_words, word, n);
	}
	if (id_hits >= MIN_HITS && id_hits >= 2 * en_hits)
		return "id";
	if (en_hits >= MIN_HITS && en_hits >= 2 * id_hits)
		return "en";
	return NULL;
}
