/*
 * prompt.c - typing, erasing, submitting and cancelling a line of text.
 */
#include <curses.h>
#include <string.h>

#include "prompt.h"
#include "utf8.h"

void prompt_open(struct prompt *p, char leader)
{
	p->leader = leader;
	p->len = 0;
	p->text[0] = '\0';
}

void prompt_close(struct prompt *p)
{
	p->leader = 0;
}

int prompt_is_open(const struct prompt *p)
{
	return p->leader != 0;
}

/* Remove the last character. */
static void erase_char(struct prompt *p)
{
	while (p->len > 0 && utf8_is_continuation((unsigned char)p->text[p->len - 1]))
		p->len--;
	if (p->len > 0)
		p->len--;
	p->text[p->len] = '\0';
}

/* Append code point cp, if it fits and is printable. */
static void insert_char(struct prompt *p, uint32_t cp)
{
	char bytes[4];
	int n;

	if (cp < 0x20 || cp == 0x7F || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return;
	n = utf8_encode(cp, bytes);
	if (p->len + (size_t)n > PROMPT_MAX)
		return;
	memcpy(p->text + p->len, bytes, (size_t)n);
	p->len += (size_t)n;
	p->text[p->len] = '\0';
}

/* Whether key erases a character. */
static int is_backspace(const struct key *key)
{
	return (key->kind == KEY_KIND_FUNCTION && key->code == KEY_BACKSPACE) ||
	       (key->kind == KEY_KIND_CHAR && (key->code == 0x7F || key->code == 0x08));
}

enum prompt_result prompt_key(struct prompt *p, const struct key *key)
{
	if (is_backspace(key)) {
		if (p->len == 0)
			return PROMPT_CANCEL;
		erase_char(p);
		return PROMPT_EDITING;
	}
	if (key->kind == KEY_KIND_FUNCTION && key->code == KEY_ENTER)
		return PROMPT_SUBMIT;
	if (key->kind != KEY_KIND_CHAR)
		return PROMPT_EDITING;
	switch (key->code) {
	case '\n':
	case '\r':
		return PROMPT_SUBMIT;
	case KEY_ESCAPE:
	case KEY_CTRL('c'):
		return PROMPT_CANCEL;
	case KEY_CTRL('u'):
		p->len = 0;
		p->text[0] = '\0';
		return PROMPT_EDITING;
	default:
		insert_char(p, key->code);
		return PROMPT_EDITING;
	}
}
