/*
 * keymap.c - the key bindings: key, action, and the key's name for help.
 */
#include <stdio.h>
#include <string.h>

#include "keymap.h"

/* Short names for the modes, to keep the table narrow. */
#define R KEYMAP_READING
#define S KEYMAP_SELECTING

static const struct binding {
	enum keymap_mode mode;
	enum key_kind kind;
	uint32_t code;
	enum action action;
	const char *label;
} bindings[] = {
	{ R, KEY_KIND_CHAR, 'j', ACTION_NEXT, "j" },
	{ R, KEY_KIND_FUNCTION, KEYC_DOWN, ACTION_NEXT, "Down" },
	{ R, KEY_KIND_CHAR, '\n', ACTION_NEXT, "Enter" },
	{ R, KEY_KIND_CHAR, '\r', ACTION_NEXT, NULL },
	{ R, KEY_KIND_FUNCTION, KEYC_ENTER, ACTION_NEXT, NULL },
	{ R, KEY_KIND_CHAR, 'k', ACTION_PREVIOUS, "k" },
	{ R, KEY_KIND_FUNCTION, KEYC_UP, ACTION_PREVIOUS, "Up" },
	{ R, KEY_KIND_CHAR, ' ', ACTION_PAGE_DOWN, "Space" },
	{ R, KEY_KIND_FUNCTION, KEYC_PAGE_DOWN, ACTION_PAGE_DOWN, "PgDn" },
	{ R, KEY_KIND_CHAR, KEY_CTRL('f'), ACTION_PAGE_DOWN, "C-f" },
	{ R, KEY_KIND_CHAR, 'b', ACTION_PAGE_UP, "b" },
	{ R, KEY_KIND_FUNCTION, KEYC_PAGE_UP, ACTION_PAGE_UP, "PgUp" },
	{ R, KEY_KIND_CHAR, KEY_CTRL('b'), ACTION_PAGE_UP, "C-b" },
	{ R, KEY_KIND_CHAR, KEY_CTRL('d'), ACTION_HALF_DOWN, "C-d" },
	{ R, KEY_KIND_CHAR, KEY_CTRL('u'), ACTION_HALF_UP, "C-u" },
	{ R, KEY_KIND_CHAR, 'g', ACTION_FIRST, "g" },
	{ R, KEY_KIND_FUNCTION, KEYC_HOME, ACTION_FIRST, "Home" },
	{ R, KEY_KIND_CHAR, 'G', ACTION_LAST, "G" },
	{ R, KEY_KIND_FUNCTION, KEYC_END, ACTION_LAST, "End" },
	{ R, KEY_KIND_CHAR, '/', ACTION_SEARCH_FORWARD, "/" },
	{ R, KEY_KIND_CHAR, '?', ACTION_SEARCH_BACKWARD, "?" },
	{ R, KEY_KIND_CHAR, 'n', ACTION_SEARCH_NEXT, "n" },
	{ R, KEY_KIND_CHAR, 'N', ACTION_SEARCH_PREVIOUS, "N" },
	{ R, KEY_KIND_CHAR, ':', ACTION_COMMAND, ":" },
	{ R, KEY_KIND_CHAR, 'f', ACTION_FOCUS_MODE, "f" },
	{ R, KEY_KIND_CHAR, 'm', ACTION_MARK_SET, "m" },
	{ R, KEY_KIND_CHAR, '\'', ACTION_MARK_JUMP, "'" },
	{ R, KEY_KIND_CHAR, 'v', ACTION_SELECT, "v" },
	{ R, KEY_KIND_CHAR, 'V', ACTION_SELECT_PARAGRAPH, "V" },
	{ S, KEY_KIND_CHAR, 'w', ACTION_SELECT_WORD_NEXT, "w" },
	{ S, KEY_KIND_CHAR, 'b', ACTION_SELECT_WORD_BACK, "b" },
	{ S, KEY_KIND_CHAR, 'e', ACTION_SELECT_WORD_SHRINK, "e" },
	{ S, KEY_KIND_FUNCTION, KEYC_RIGHT, ACTION_SELECT_CHAR_NEXT, "Right" },
	{ S, KEY_KIND_FUNCTION, KEYC_LEFT, ACTION_SELECT_CHAR_BACK, "Left" },
	{ S, KEY_KIND_CHAR, ')', ACTION_SELECT_SENTENCE_NEXT, ")" },
	{ S, KEY_KIND_CHAR, '(', ACTION_SELECT_SENTENCE_BACK, "(" },
	{ S, KEY_KIND_CHAR, '0', ACTION_SELECT_START, "0" },
	{ S, KEY_KIND_CHAR, '$', ACTION_SELECT_END, "$" },
	{ S, KEY_KIND_CHAR, KEY_ESCAPE, ACTION_SELECT_CANCEL, "Esc" },
	{ S, KEY_KIND_CHAR, 'v', ACTION_SELECT_CANCEL, NULL },
	{ R, KEY_KIND_CHAR, 'h', ACTION_HIGHLIGHT, "h" },
	{ R, KEY_KIND_CHAR, '1', ACTION_COLOR, "1-6" },
	{ R, KEY_KIND_CHAR, '2', ACTION_COLOR, NULL },
	{ R, KEY_KIND_CHAR, '3', ACTION_COLOR, NULL },
	{ R, KEY_KIND_CHAR, '4', ACTION_COLOR, NULL },
	{ R, KEY_KIND_CHAR, '5', ACTION_COLOR, NULL },
	{ R, KEY_KIND_CHAR, '6', ACTION_COLOR, NULL },
	{ R, KEY_KIND_CHAR, '"', ACTION_QUOTE, "\"" },
	{ R, KEY_KIND_CHAR, 't', ACTION_TAG, "t" },
	{ R, KEY_KIND_CHAR, 'c', ACTION_CORRECT, "c" },
	{ R, KEY_KIND_CHAR, 'a', ACTION_NOTE, "a" },
	{ R, KEY_KIND_CHAR, 'e', ACTION_EDIT, "e" },
	{ R, KEY_KIND_CHAR, 'd', ACTION_DELETE, "d" },
	{ R, KEY_KIND_CHAR, 'u', ACTION_UNDO, "u" },
	{ R, KEY_KIND_CHAR, KEY_CTRL('r'), ACTION_REDO, "C-r" },
	{ R, KEY_KIND_CHAR, ']', ACTION_NEXT_ANNOTATION, "]" },
	{ R, KEY_KIND_CHAR, '[', ACTION_PREVIOUS_ANNOTATION, "[" },
	{ R, KEY_KIND_CHAR, '\t', ACTION_PANEL, "Tab" },
	{ R, KEY_KIND_CHAR, 'L', ACTION_LIBRARY, "L" },
	{ R, KEY_KIND_CHAR, 'R', ACTION_REVIEW, "R" },
	{ R, KEY_KIND_FUNCTION, KEYC_F(1), ACTION_HELP, "F1" },
	{ R, KEY_KIND_CHAR, KEY_CTRL('l'), ACTION_REDRAW, "C-l" },
	{ R, KEY_KIND_CHAR, 'q', ACTION_QUIT, "q" },
};

enum action keymap_lookup_in(enum keymap_mode mode, const struct key *key)
{
	size_t i;

	for (i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].mode == mode && bindings[i].kind == key->kind &&
		    bindings[i].code == key->code)
			return bindings[i].action;
	return ACTION_NONE;
}

enum action keymap_lookup(const struct key *key)
{
	return keymap_lookup_in(KEYMAP_READING, key);
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
