/*
 * keymap.h - which key does which action, in keymaps as tig has them: the
 * generic keys every screen may take, the reader's, the selecting mode's,
 * and each other screen's own.  A screen looks a key up in its keymap
 * first, then in the generic one (dispatch.c); the help screen walks every
 * keymap (help.c).  All the bindings are in keymap.c.
 */
#ifndef TANDA_UI_KEYMAP_H
#define TANDA_UI_KEYMAP_H

#include <stddef.h>

#include "actions.h"
#include "key.h"
#include "strbuf.h"

/* One key and the action it runs. */
struct binding {
	enum key_kind kind;
	uint32_t code;
	enum action action;
	const char *label;	/* the key's name in the help; NULL keeps it out */
};

struct keymap {
	const char *name;	/* "generic", "reader", "list", ... */
	const char *title;	/* the heading of its keys in the help; NULL: they are
				 * the reader's, shown first, with the generic ones */
	const struct binding *bindings;
	size_t count;
};

/* The keymaps. */
extern const struct keymap keymap_generic;	/* moving, searching, ':', help, quit */
extern const struct keymap keymap_reader;	/* the reader's and focus mode's own */
extern const struct keymap keymap_selecting;	/* while a selection is open */
extern const struct keymap keymap_list;		/* the annotation list */
extern const struct keymap keymap_library;
extern const struct keymap keymap_review;
extern const struct keymap keymap_history;
extern const struct keymap keymap_help;

/* Every keymap, in the order the help shows them; ends with NULL. */
extern const struct keymap *const keymaps[];

/* The action bound to key in map, or ACTION_NONE. */
enum action keymap_lookup(const struct keymap *map, const struct key *key);

/* Append to out the names of the keys map binds to action (those with a
 * label), each after a space when out is not empty. */
void keymap_keys_for(const struct keymap *map, enum action action, struct strbuf *out);

#endif
