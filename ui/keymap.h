/*
 * keymap.h - which key does which action: one table that drives both the
 * dispatch of keys and the help screen.
 */
#ifndef TANDA_UI_KEYMAP_H
#define TANDA_UI_KEYMAP_H

#include <stddef.h>

#include "actions.h"
#include "key.h"

/* Keys mean one thing while reading and another while a selection is
 * open. */
enum keymap_mode {
	KEYMAP_READING,
	KEYMAP_SELECTING,
};

/* The action bound to key while reading, or ACTION_NONE. */
enum action keymap_lookup(const struct key *key);

/* The action bound to key in mode, or ACTION_NONE. */
enum action keymap_lookup_in(enum keymap_mode mode, const struct key *key);

/* The names of the keys bound to action, space-separated, into buf. */
void keymap_keys_for(enum action action, char *buf, size_t size);

#endif
