/*
 * lexicon.c - looking words up in the lexicons (lexicon.h); the lists
 * themselves are in lexicon-id.c and lexicon-en.c.
 */
#include <string.h>

#include "lexicon.h"

/* The names of the kinds of lists. */
static const char *const kind_names[LEXICON_KIND_COUNT] = {
#define LEXICON_NAME(id, array, name, what) [LEXICON_##id] = name,
	LEXICON_KINDS(LEXICON_NAME)
#undef LEXICON_NAME
};

const struct lexicon *lexicon_of(const char *language)
{
	return language != NULL && strcmp(language, "en") == 0 ? &lexicon_en : &lexicon_id;
}

const char *lexicon_kind_name(enum lexicon_kind kind)
{
	return kind < LEXICON_KIND_COUNT ? kind_names[kind] : "?";
}

/* Byte b with an ASCII capital lowered. */
static unsigned char fold(char b)
{
	return (unsigned char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
}

int lexicon_compare(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i;

	for (i = 0; i < an && i < bn; i++)
		if (fold(a[i]) != fold(b[i]))
			return fold(a[i]) < fold(b[i]) ? -1 : 1;
	return an == bn ? 0 : an < bn ? -1 : 1;
}

/* lexicon_compare of the NUL-terminated entry e and the n bytes at w,
 * without measuring e first. */
static int compare_entry(const char *e, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n && e[i] != '\0'; i++)
		if (fold(e[i]) != fold(w[i]))
			return fold(e[i]) < fold(w[i]) ? -1 : 1;
	return e[i] == '\0' ? (i == n ? 0 : -1) : 1;
}

const struct lexicon_entry *lexicon_find(const struct lexicon *lx, enum lexicon_kind kind,
					 const char *w, size_t n)
{
	const struct lexicon_list *list = &lx->lists[kind];
	size_t lo = 0, hi = list->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = compare_entry(list->entries[mid].word, w, n);

		if (c == 0)
			return &list->entries[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int lexicon_has(const struct lexicon *lx, enum lexicon_kind kind, const char *w, size_t n)
{
	return lexicon_find(lx, kind, w, n) != NULL;
}

size_t lexicon_misplaced(const struct lexicon *lx, enum lexicon_kind kind)
{
	const struct lexicon_list *list = &lx->lists[kind];
	size_t i;

	for (i = 1; i < list->count; i++) {
		const char *a = list->entries[i - 1].word, *b = list->entries[i].word;

		if (lexicon_compare(a, strlen(a), b, strlen(b)) >= 0)
			return i;
	}
	return list->count;
}
