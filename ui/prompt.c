/*
 * prompt.c - the line editor: inserting and erasing whole characters at a
 * cursor, the per-kind histories, and Tab completion.  Keys go through one
 * table of bindings; a character key that is not bound is typed.  Every
 * edit is at most one move of the bytes after the cursor, so a key costs
 * O(PROMPT_MAX) at worst, and a key that does not fit costs nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "prompt.h"
#include "utf8.h"

/* What the tag prompt puts after a tag completed from one candidate. */
#define TAG_SEPARATOR ", "

/* Whether code point cp may be typed into a prompt. */
static int printable(uint32_t cp)
{
	return cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0) && cp <= 0x10FFFF &&
	       !(cp >= 0xD800 && cp <= 0xDFFF);
}

/* Whether cp is a control that stands for white space (tab, line breaks). */
static int space_control(uint32_t cp)
{
	return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f';
}

/* The offset of the character after the one at `at` in p's text. */
static size_t next_char(const struct prompt *p, size_t at)
{
	uint32_t cp;
	int n;

	if (at >= p->len)
		return p->len;
	n = utf8_decode(p->text + at, p->len - at, &cp);
	return at + (size_t)(n < 0 ? -n : n);
}

/* The offset of the character before the one at `at` in p's text. */
static size_t previous_char(const struct prompt *p, size_t at)
{
	if (at == 0)
		return 0;
	at--;
	while (at > 0 && utf8_is_continuation((unsigned char)p->text[at]))
		at--;
	return at;
}

/* Remove bytes [from, to) of the text, keeping the cursor on the same
 * character (or at from when it was inside). */
static void erase_range(struct prompt *p, size_t from, size_t to)
{
	memmove(p->text + from, p->text + to, p->len - to + 1);
	p->len -= to - from;
	if (p->cursor >= to)
		p->cursor -= to - from;
	else if (p->cursor > from)
		p->cursor = from;
}

/* Insert the n bytes at s at the cursor, and move past them; -1 when
 * they do not fit. */
static int insert_bytes(struct prompt *p, const char *s, size_t n)
{
	if (n > PROMPT_MAX - p->len)
		return -1;
	memmove(p->text + p->cursor + n, p->text + p->cursor, p->len - p->cursor + 1);
	memcpy(p->text + p->cursor, s, n);
	p->len += n;
	p->cursor += n;
	return 0;
}

/* Insert code point cp at the cursor; unprintable ones are ignored (0).
 * -1 when it does not fit. */
static int insert_char(struct prompt *p, uint32_t cp)
{
	char bytes[4];

	if (!printable(cp))
		return 0;
	return insert_bytes(p, bytes, (size_t)utf8_encode(cp, bytes));
}

/* Insert the len bytes of text at s at the cursor, as much as fits, white
 * space controls made spaces. */
static void insert_text(struct prompt *p, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(s + i, len - i, &cp);

		if (insert_char(p, space_control(cp) ? ' ' : cp) != 0)
			return;
		i += (size_t)(n < 0 ? -n : n);
	}
}

/* Make the text the len bytes at s, with the cursor at its end. */
static void set_text(struct prompt *p, const char *s, size_t len)
{
	p->len = 0;
	p->cursor = 0;
	p->text[0] = '\0';
	insert_text(p, s, len);
}

/* Copy label into p, cut at a character boundary when too long. */
static void set_label(struct prompt *p, const char *label)
{
	size_t n = 0;

	while (label != NULL && n < PROMPT_LABEL_MAX && label[n] != '\0')
		n++;
	if (label != NULL && label[n] != '\0')
		while (n > 0 && utf8_is_continuation((unsigned char)label[n]))
			n--;
	if (n > 0)
		memcpy(p->label, label, n);
	p->label[n] = '\0';
}

/* Record the len bytes of text as h's newest entry, unless it is empty
 * or the newest already; the oldest goes when h is full. */
static void history_add(struct prompt_history *h, const char *text, size_t len)
{
	char *copy;

	if (len == 0 || (h->count > 0 && strcmp(h->entries[h->count - 1], text) == 0))
		return;
	copy = malloc(len + 1);
	if (copy == NULL)
		return;		/* the history is a convenience: go without */
	memcpy(copy, text, len + 1);
	if (h->count == PROMPT_HISTORY_MAX) {
		free(h->entries[0]);
		memmove(h->entries, h->entries + 1,
			(PROMPT_HISTORY_MAX - 1) * sizeof h->entries[0]);
		h->count--;
	}
	h->entries[h->count++] = copy;
}

/* Enter: record the text in this kind's history. */
static enum prompt_result submit(struct prompt *p)
{
	struct prompt_history *h = &p->history[p->kind];

	history_add(h, p->text, p->len);
	p->browsing = h->count;
	return PROMPT_SUBMIT;
}

/* Esc, C-c. */
static enum prompt_result cancel(struct prompt *p)
{
	(void)p;
	return PROMPT_CANCEL;
}

/* Backspace: erase the character before the cursor; cancel when empty. */
static enum prompt_result erase_before(struct prompt *p)
{
	if (p->len == 0)
		return PROMPT_CANCEL;
	erase_range(p, previous_char(p, p->cursor), p->cursor);
	return PROMPT_EDITING;
}

/* Delete: erase the character under the cursor. */
static enum prompt_result erase_under(struct prompt *p)
{
	erase_range(p, p->cursor, next_char(p, p->cursor));
	return PROMPT_EDITING;
}

/* C-w: erase the spaces before the cursor, then the non-spaces before
 * them.  A space is one byte, so every place this stops is a boundary. */
static enum prompt_result erase_word(struct prompt *p)
{
	size_t from = p->cursor;

	while (from > 0 && p->text[from - 1] == ' ')
		from--;
	while (from > 0 && p->text[from - 1] != ' ')
		from--;
	erase_range(p, from, p->cursor);
	return PROMPT_EDITING;
}

/* C-u: erase the whole line. */
static enum prompt_result erase_line(struct prompt *p)
{
	erase_range(p, 0, p->len);
	return PROMPT_EDITING;
}

/* C-k: erase from the cursor to the end. */
static enum prompt_result erase_to_end(struct prompt *p)
{
	erase_range(p, p->cursor, p->len);
	return PROMPT_EDITING;
}

/* Left: one character back. */
static enum prompt_result move_left(struct prompt *p)
{
	p->cursor = previous_char(p, p->cursor);
	return PROMPT_EDITING;
}

/* Right: one character on. */
static enum prompt_result move_right(struct prompt *p)
{
	p->cursor = next_char(p, p->cursor);
	return PROMPT_EDITING;
}

/* Home, C-a: to the start. */
static enum prompt_result move_home(struct prompt *p)
{
	p->cursor = 0;
	return PROMPT_EDITING;
}

/* End, C-e: to the end. */
static enum prompt_result move_end(struct prompt *p)
{
	p->cursor = p->len;
	return PROMPT_EDITING;
}

/* Up: show the entry before the one shown, keeping the draft first. */
static enum prompt_result history_older(struct prompt *p)
{
	const struct prompt_history *h = &p->history[p->kind];

	if (p->browsing > h->count)
		p->browsing = h->count;
	if (p->browsing == 0)
		return PROMPT_EDITING;
	if (p->browsing == h->count) {
		memcpy(p->draft, p->text, p->len + 1);
		p->draft_len = p->len;
	}
	p->browsing--;
	set_text(p, h->entries[p->browsing], strlen(h->entries[p->browsing]));
	return PROMPT_EDITING;
}

/* Down: show the entry after the one shown, or the draft after the newest. */
static enum prompt_result history_newer(struct prompt *p)
{
	const struct prompt_history *h = &p->history[p->kind];

	if (p->browsing >= h->count)
		return PROMPT_EDITING;
	p->browsing++;
	if (p->browsing == h->count)
		set_text(p, p->draft, p->draft_len);
	else
		set_text(p, h->entries[p->browsing], strlen(h->entries[p->browsing]));
	return PROMPT_EDITING;
}

/* Byte c folded to lower case, ASCII letters only. */
static unsigned char fold(char c)
{
	unsigned char b = (unsigned char)c;

	return b >= 'A' && b <= 'Z' ? (unsigned char)(b + ('a' - 'A')) : b;
}

/* The bytes that separate the words Tab completes, for each kind of
 * prompt; none for a speaker, whose full name has spaces in it. */
static const char *const word_separators[PROMPT_KINDS] = {
	[PROMPT_SEARCH] = " ",
	[PROMPT_COMMAND] = " ",
	[PROMPT_TAGS] = ", ",
	[PROMPT_REPLACEMENT] = " ",
	[PROMPT_NOTE] = " ",
	[PROMPT_SPEAKER] = "",
	[PROMPT_FILTER] = " ",
};

/* Whether byte c ends a word for Tab in p's kind of prompt. */
static int separates_words(const struct prompt *p, char c)
{
	return c != '\0' && strchr(word_separators[p->kind], c) != NULL;
}

/* Whether candidate starts with p's word being completed. */
static int matches(const struct prompt *p, const char *candidate)
{
	size_t i;

	if (candidate == NULL)
		return 0;
	for (i = 0; p->word[i] != '\0'; i++)
		if (candidate[i] == '\0' || fold(candidate[i]) != fold(p->word[i]))
			return 0;
	return 1;
}

/* The number of candidates that match, and the index-th of them in
 * *found (NULL when there are not that many). */
static size_t find_match(const struct prompt *p, size_t index, const char **found)
{
	size_t i, count = 0;

	*found = NULL;
	for (i = 0; i < p->word_count; i++) {
		if (!matches(p, p->words[i]))
			continue;
		if (count == index)
			*found = p->words[i];
		count++;
	}
	return count;
}

/* The length of the start that every match shares with first, ASCII
 * letters without case, cut back to a character boundary of first. */
static size_t common_prefix(const struct prompt *p, const char *first)
{
	size_t i, k, n = strlen(first);

	for (i = 0; i < p->word_count; i++) {
		if (!matches(p, p->words[i]))
			continue;
		for (k = 0; k < n && fold(p->words[i][k]) == fold(first[k]); k++)
			;
		n = k;
	}
	while (n > 0 && utf8_is_continuation((unsigned char)first[n]))
		n--;
	return n;
}

/* Put the len bytes at s in place of the word being completed. */
static void replace_word(struct prompt *p, const char *s, size_t len)
{
	erase_range(p, p->word_start, p->cursor);
	insert_text(p, s, len);
}

/* A Tab after a Tab: the next match in the word's place. */
static void cycle_completion(struct prompt *p)
{
	const char *match;
	size_t count = find_match(p, p->next_candidate, &match);

	if (count == 0)
		return;
	if (match == NULL) {
		p->next_candidate = 0;
		find_match(p, 0, &match);
	}
	replace_word(p, match, strlen(match));
	p->next_candidate++;
}

/* Remember the word before the cursor as the one to complete; 0 when it
 * is too long to complete. */
static int take_word(struct prompt *p)
{
	size_t start = p->cursor;

	while (start > 0 && !separates_words(p, p->text[start - 1]))
		start--;
	if (p->cursor - start > PROMPT_WORD_MAX)
		return 0;
	memcpy(p->word, p->text + start, p->cursor - start);
	p->word[p->cursor - start] = '\0';
	p->word_start = start;
	return 1;
}

/* Tab: complete the word before the cursor, or show the next match. */
static enum prompt_result complete(struct prompt *p)
{
	const char *first;
	size_t count;

	if (p->cycling) {
		cycle_completion(p);
		return PROMPT_EDITING;
	}
	if (!take_word(p))
		return PROMPT_EDITING;
	count = find_match(p, 0, &first);
	if (count == 1) {
		int at_end = p->cursor == p->len;

		replace_word(p, first, strlen(first));
		if (p->kind == PROMPT_TAGS && at_end)
			insert_text(p, TAG_SEPARATOR, strlen(TAG_SEPARATOR));
	} else if (count > 1) {
		replace_word(p, first, common_prefix(p, first));
		p->cycling = 1;
		p->next_candidate = 0;
	}
	return PROMPT_EDITING;
}

/* A key the prompt acts on, and what it does. */
struct prompt_binding {
	enum key_kind kind;
	uint32_t code;
	enum prompt_result (*run)(struct prompt *p);
};

static const struct prompt_binding bindings[] = {
	{ KEY_KIND_CHAR, '\r', submit },
	{ KEY_KIND_CHAR, '\n', submit },
	{ KEY_KIND_FUNCTION, KEYC_ENTER, submit },
	{ KEY_KIND_CHAR, KEY_ESCAPE, cancel },
	{ KEY_KIND_CHAR, KEY_CTRL('c'), cancel },
	{ KEY_KIND_FUNCTION, KEYC_BACKSPACE, erase_before },
	{ KEY_KIND_CHAR, 0x7F, erase_before },
	{ KEY_KIND_CHAR, 0x08, erase_before },
	{ KEY_KIND_FUNCTION, KEYC_DELETE, erase_under },
	{ KEY_KIND_CHAR, KEY_CTRL('w'), erase_word },
	{ KEY_KIND_CHAR, KEY_CTRL('u'), erase_line },
	{ KEY_KIND_CHAR, KEY_CTRL('k'), erase_to_end },
	{ KEY_KIND_FUNCTION, KEYC_LEFT, move_left },
	{ KEY_KIND_FUNCTION, KEYC_RIGHT, move_right },
	{ KEY_KIND_FUNCTION, KEYC_HOME, move_home },
	{ KEY_KIND_CHAR, KEY_CTRL('a'), move_home },
	{ KEY_KIND_FUNCTION, KEYC_END, move_end },
	{ KEY_KIND_CHAR, KEY_CTRL('e'), move_end },
	{ KEY_KIND_FUNCTION, KEYC_UP, history_older },
	{ KEY_KIND_FUNCTION, KEYC_DOWN, history_newer },
	{ KEY_KIND_CHAR, '\t', complete },
};

/* The binding of key, or NULL. */
static const struct prompt_binding *find_binding(const struct key *key)
{
	size_t i;

	for (i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].kind == key->kind && bindings[i].code == key->code)
			return &bindings[i];
	return NULL;
}

void prompt_open(struct prompt *p, enum prompt_kind kind, const char *label,
		 const char *initial)
{
	p->open = 1;
	p->kind = (unsigned)kind < PROMPT_KINDS ? kind : PROMPT_SEARCH;
	set_label(p, label);
	set_text(p, initial != NULL ? initial : "", initial != NULL ? strlen(initial) : 0);
	p->browsing = p->history[p->kind].count;
	p->draft_len = 0;
	p->draft[0] = '\0';
	p->words = NULL;
	p->word_count = 0;
	p->cycling = 0;
}

void prompt_close(struct prompt *p)
{
	p->open = 0;
	p->words = NULL;
	p->word_count = 0;
	p->cycling = 0;
}

int prompt_is_open(const struct prompt *p)
{
	return p->open;
}

void prompt_set_completions(struct prompt *p, const char *const *words, size_t count)
{
	p->words = words;
	p->word_count = words != NULL ? count : 0;
	p->cycling = 0;
}

enum prompt_result prompt_key(struct prompt *p, const struct key *key)
{
	const struct prompt_binding *b = find_binding(key);

	if (!p->open)
		return PROMPT_CANCEL;
	if (b == NULL || b->run != complete)
		p->cycling = 0;
	if (b != NULL)
		return b->run(p);
	if (key->kind == KEY_KIND_CHAR)
		insert_char(p, key->code);
	return PROMPT_EDITING;
}

void prompt_free(struct prompt *p)
{
	size_t k, i;

	for (k = 0; k < PROMPT_KINDS; k++)
		for (i = 0; i < p->history[k].count; i++)
			free(p->history[k].entries[i]);
	memset(p, 0, sizeof *p);
}
