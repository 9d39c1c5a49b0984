/*
 * keymap.c - the key bindings: key, action, and the key's name for help.
 */
#include <curses.h>
#include <string.h>

#include "keymap.h"

static const struct binding {
	enum key_kind kind;
	uint32_t code;
	enum action action;
	const char *label;
} bindings[] = {
	{ KEY_KIND_CHAR, 'j', ACTION_NEXT, "j" },
	{ KEY_KIND_FUNCTION, KEY_DOWN, ACTION_NEXT, "Down" },
	{ KEY_KIND_CHAR, '\n', ACTION_NEXT, "Enter" },
	{ KEY_KIND_CHAR, '\r', ACTION_NEXT, NULL },
	{ KEY_KIND_FUNCTION, KEY_ENTER, ACTION_NEXT, NULL },
	{ KEY_KIND_CHAR, 'k', ACTION_PREVIOUS, "k" },
	{ KEY_KIND_FUNCTION, KEY_UP, ACTION_PREVIOUS, "Up" },
	{ KEY_KIND_CHAR, ' ', ACTION_PAGE_DOWN, "Space" },
	{ KEY_KIND_FUNCTION, KEY_NPAGE, ACTION_PAGE_DOWN, "PgDn" },
	{ KEY_KIND_CHAR, KEY_CTRL('f'), ACTION_PAGE_DOWN, "C-f" },
	{ KEY_KIND_CHAR, 'b', ACTION_PAGE_UP, "b" },
	{ KEY_KIND_FUNCTION, KEY_PPAGE, ACTION_PAGE_UP, "PgUp" },
	{ KEY_KIND_CHAR, KEY_CTRL('b'), ACTION_PAGE_UP, "C-b" },
	{ KEY_KIND_CHAR, KEY_CTRL('d'), ACTION_HALF_DOWN, "C-d" },
	{ KEY_KIND_CHAR, KEY_CTRL('u'), ACTION_HALF_UP, "C-u" },
	{ KEY_KIND_CHAR, 'g', ACTION_FIRST, "g" },
	{ KEY_KIND_FUNCTION, KEY_HOME, ACTION_FIRST, "Home" },
	{ KEY_KIND_CHAR, 'G', ACTION_LAST, "G" },
	{ KEY_KIND_FUNCTION, KEY_END, ACTION_LAST, "End" },
	{ KEY_KIND_CHAR, '/', ACTION_SEARCH_FORWARD, "/" },
	{ KEY_KIND_CHAR, '?', ACTION_SEARCH_BACKWARD, "?" },
	{ KEY_KIND_CHAR, 'n', ACTION_SEARCH_NEXT, "n" },
	{ KEY_KIND_CHAR, 'N', ACTION_SEARCH_PREVIOUS, "N" },
	{ KEY_KIND_CHAR, ':', ACTION_COMMAND, ":" },
	{ KEY_KIND_CHAR, 'f', ACTION_FOCUS_MODE, "f" },
	{ KEY_KIND_CHAR, 'm', ACTION_MARK_SET, "m" },
	{ KEY_KIND_CHAR, '\'', ACTION_MARK_JUMP, "'" },
	{ KEY_KIND_FUNCTION, KEY_F(1), ACTION_HELP, "F1" },
	{ KEY_KIND_CHAR, KEY_CTRL('l'), ACTION_REDRAW, "C-l" },
	{ KEY_KIND_CHAR, 'q', ACTION_QUIT, "q" },
};

enum action keymap_lookup(const struct key *key)
{
	size_t i;

	for (i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].kind == key->kind && bindings[i].code == key->code)
			return bindings[i].action;
	return ACTION_NONE;
}

void keymap_keys_for(enum action action, char *buf, size_t size)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
		if (bindings[i].action != action || bindings[i].label == NULL)
			continue;
		used += (size_t)snprintf(buf + used, used < size ? size - used : 0, "%s%s",
					 used ? " " : "", bindings[i].label);
		if (used >= size)
			return;
	}
}
