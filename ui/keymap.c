/*
 * keymap.c - every key binding, one table per keymap: the key, the action
 * it runs, and its name in the help (NULL keeps a second way to type the
 * same key out of it).  To bind a key, add a row here.
 */
#include "keymap.h"

/* Rows of the tables, kept narrow. */
#define CH(c, act, name) \
	{ .kind = KEY_KIND_CHAR, .code = (uint32_t)(c), .action = ACTION_##act, .label = (name) }
#define FN(c, act, name) \
	{ .kind = KEY_KIND_FUNCTION, .code = (uint32_t)(c), .action = ACTION_##act, .label = (name) }

/* A keymap over the table rows. */
#define KEYMAP(map_name, map_title, rows) \
	{ .name = (map_name), .title = (map_title), .bindings = (rows), \
	  .count = sizeof (rows) / sizeof (rows)[0] }

/* Every screen may take these; each says what they mean to it (in the
 * lists, moving the selection). */
static const struct binding generic[] = {
	CH('j', NEXT, "j"),
	FN(KEYC_DOWN, NEXT, "Down"),
	CH('\n', NEXT, "Enter"),
	CH('\r', NEXT, NULL),
	FN(KEYC_ENTER, NEXT, NULL),
	CH('k', PREVIOUS, "k"),
	FN(KEYC_UP, PREVIOUS, "Up"),
	CH(' ', PAGE_DOWN, "Space"),
	FN(KEYC_PAGE_DOWN, PAGE_DOWN, "PgDn"),
	CH(KEY_CTRL('f'), PAGE_DOWN, "C-f"),
	CH('b', PAGE_UP, "b"),
	FN(KEYC_PAGE_UP, PAGE_UP, "PgUp"),
	CH(KEY_CTRL('b'), PAGE_UP, "C-b"),
	CH(KEY_CTRL('d'), HALF_DOWN, "C-d"),
	CH(KEY_CTRL('u'), HALF_UP, "C-u"),
	CH('g', FIRST, "g"),
	FN(KEYC_HOME, FIRST, "Home"),
	CH('G', LAST, "G"),
	FN(KEYC_END, LAST, "End"),
	CH('/', SEARCH_FORWARD, "/"),
	CH('?', SEARCH_BACKWARD, "?"),
	CH('n', SEARCH_NEXT, "n"),
	CH('N', SEARCH_PREVIOUS, "N"),
	CH(':', COMMAND, ":"),
	FN(KEYC_F(1), HELP, "F1"),
	CH(KEY_CTRL('l'), REDRAW, "C-l"),
	CH('q', QUIT, "q"),
};

/* The reader's (and focus mode's) own keys. */
static const struct binding reader[] = {
	CH('f', FOCUS_MODE, "f"),
	CH('m', MARK_SET, "m"),
	CH('\'', MARK_JUMP, "'"),
	CH('v', SELECT, "v"),
	CH('V', SELECT_PARAGRAPH, "V"),
	CH('h', HIGHLIGHT, "h"),
	CH('1', COLOR, "1-6"),
	CH('2', COLOR, NULL),
	CH('3', COLOR, NULL),
	CH('4', COLOR, NULL),
	CH('5', COLOR, NULL),
	CH('6', COLOR, NULL),
	CH('"', QUOTE, "\""),
	CH('t', TAG, "t"),
	CH('c', CORRECT, "c"),
	CH('a', NOTE, "a"),
	CH('e', EDIT, "e"),
	CH('d', DELETE, "d"),
	CH('u', UNDO, "u"),
	CH(KEY_CTRL('r'), REDO, "C-r"),
	CH(']', NEXT_ANNOTATION, "]"),
	CH('[', PREVIOUS_ANNOTATION, "["),
	CH('\t', PANEL, "Tab"),
	CH('L', LIBRARY, "L"),
	CH('R', REVIEW, "R"),
};

/* While a selection is open, before the reader's keys. */
static const struct binding selecting[] = {
	CH('w', SELECT_WORD_NEXT, "w"),
	CH('b', SELECT_WORD_BACK, "b"),
	CH('e', SELECT_WORD_SHRINK, "e"),
	FN(KEYC_RIGHT, SELECT_CHAR_NEXT, "Right"),
	FN(KEYC_LEFT, SELECT_CHAR_BACK, "Left"),
	CH(')', SELECT_SENTENCE_NEXT, ")"),
	CH('(', SELECT_SENTENCE_BACK, "("),
	CH('0', SELECT_START, "0"),
	CH('$', SELECT_END, "$"),
	CH(KEY_ESCAPE, SELECT_CANCEL, "Esc"),
	CH('v', SELECT_CANCEL, NULL),
};

static const struct binding list[] = {
	CH('\n', JUMP, "Enter"),
	CH('\r', JUMP, NULL),
	FN(KEYC_ENTER, JUMP, NULL),
	CH('y', CONFIRM_ANCHOR, "y"),
	CH('n', DETACH_ANCHOR, "n"),
	CH('\t', BACK, "Tab"),
	CH('q', BACK, "q"),
	CH(KEY_ESCAPE, BACK, "Esc"),
};

static const struct binding library[] = {
	CH('\n', OPEN, "Enter"),
	CH('\r', OPEN, NULL),
	FN(KEYC_ENTER, OPEN, NULL),
	CH('q', BACK, "q"),
	CH(KEY_ESCAPE, BACK, "Esc"),
	CH('L', BACK, "L"),
};

static const struct binding review[] = {
	CH('y', ACCEPT, "y"),
	CH('n', REJECT, "n"),
	CH('e', EDIT_REPLACEMENT, "e"),
	CH('s', SKIP, "s"),
	CH('u', UNDO, "u"),
	CH(KEY_CTRL('r'), REDO, "C-r"),
	CH('q', BACK, "q"),
	CH(KEY_ESCAPE, BACK, "Esc"),
};

static const struct binding history[] = {
	CH('U', UNPUBLISH, "U"),
	CH('q', BACK, "q"),
	CH(KEY_ESCAPE, BACK, "Esc"),
};

static const struct binding help[] = {
	CH('q', BACK, "q"),
	CH(KEY_ESCAPE, BACK, "Esc"),
};

const struct keymap keymap_generic = KEYMAP("generic", NULL, generic);
const struct keymap keymap_reader = KEYMAP("reader", NULL, reader);
const struct keymap keymap_selecting = KEYMAP("selecting", NULL, selecting);
const struct keymap keymap_list =
	KEYMAP("list", "The annotation list (Tab): the keys above move; / filters", list);
const struct keymap keymap_library =
	KEYMAP("library", "The library (L): the keys above move; / filters", library);
const struct keymap keymap_review = KEYMAP("review", "Reviewing corrections (R)", review);
const struct keymap keymap_history =
	KEYMAP("history", "A correction's history (:history): j and k scroll", history);
const struct keymap keymap_help = KEYMAP("help", "This help: j, k and the paging keys scroll", help);

const struct keymap *const keymaps[] = {
	&keymap_generic, &keymap_reader, &keymap_selecting, &keymap_list, &keymap_library,
	&keymap_review, &keymap_history, &keymap_help, NULL,
};

enum action keymap_lookup(const struct keymap *map, const struct key *key)
{
	size_t i;

	for (i = 0; i < map->count; i++)
		if (map->bindings[i].kind == key->kind && map->bindings[i].code == key->code)
			return map->bindings[i].action;
	return ACTION_NONE;
}

void keymap_keys_for(const struct keymap *map, enum action action, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < map->count; i++) {
		if (map->bindings[i].action != action || map->bindings[i].label == NULL)
			continue;
		if (out->len > 0)
			strbuf_addch(out, ' ');
		strbuf_addstr(out, map->bindings[i].label);
	}
}
