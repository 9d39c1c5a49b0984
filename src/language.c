/*
 * language.c - count the function words of Indonesian and English.
 */
#include <string.h>

#include "language.h"

/* How much of the text is looked at. */
#define SAMPLE_BYTES 65536
/* The fewest words of the winning language for a guess. */
#define MIN_HITS 3

/* A function word and its length (so that none is measured per lookup). */
struct word {
	const char *text;
	size_t len;
};

/* The struct word of a string literal. */
#define WORD(literal) { literal, sizeof literal - 1 }

static const struct word indonesian_words[] = {
	WORD("yang"), WORD("dan"), WORD("di"), WORD("ke"), WORD("dari"),
	WORD("ini"), WORD("itu"), WORD("dengan"), WORD("untuk"), WORD("pada"),
	WORD("adalah"), WORD("dalam"), WORD("tidak"), WORD("akan"), WORD("juga"),
	WORD("kata"), WORD("telah"), WORD("oleh"), WORD("bahwa"), WORD("sebagai"),
	WORD("atau"), WORD("karena"), WORD("mereka"), WORD("kami"), WORD("sudah"),
	WORD("menurut"), WORD("setelah"), WORD("tersebut"), { NULL, 0 },
};

static const struct word english_words[] = {
	WORD("the"), WORD("and"), WORD("of"), WORD("to"), WORD("in"), WORD("is"),
	WORD("that"), WORD("for"), WORD("with"), WORD("was"), WORD("on"),
	WORD("said"), WORD("it"), WORD("as"), WORD("by"), WORD("be"), WORD("are"),
	WORD("from"), WORD("has"), WORD("have"), WORD("were"), WORD("this"),
	WORD("not"), WORD("after"), WORD("which"), { NULL, 0 },
};

/* Whether the len bytes at word (lowercase) are one of list. */
static int in_list(const struct word *list, const char *word, size_t len)
{
	for (; list->text != NULL; list++)
		if (list->len == len && memcmp(list->text, word, len) == 0)
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
