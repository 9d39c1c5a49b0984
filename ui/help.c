/*
 * help.c - the help's lines from the keymaps, the actions and the commands.
 */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "commands.h"
#include "grow.h"
#include "help.h"
#include "keymap.h"
#include "strbuf.h"

/* The help's first line. */
#define HELP_TITLE "tanda: keys and commands (q or Esc closes this help)"

/* Append a line of keys (NULL: none) and text; 0 on success. */
static int add_line(struct help *h, const char *keys, const char *text)
{
	struct help_line *line;
	struct strbuf sb;

	if (GROW(h->lines, h->alloc, h->count + 1) != 0)
		return -1;
	line = &h->lines[h->count++];
	strbuf_init_fixed(&sb, line->keys, sizeof line->keys);
	strbuf_addstr(&sb, keys != NULL ? keys : "");
	line->text = text;
	return 0;
}

/* Write into keys the names of the keys that run action in map, or with
 * map NULL in the reader's keymaps (those without a title). */
static void keys_of(const struct keymap *map, enum action action, char *keys, size_t size)
{
	struct strbuf sb;
	size_t i;

	strbuf_init_fixed(&sb, keys, size);
	if (map != NULL) {
		keymap_keys_for(map, action, &sb);
		return;
	}
	for (i = 0; keymaps[i] != NULL; i++)
		if (keymaps[i]->title == NULL)
			keymap_keys_for(keymaps[i], action, &sb);
}

/* Append a line for each action (in the list's order) that has keys in
 * the reader's keymaps; 0 on success.  An action without keys is run by a
 * command and shown with the commands. */
static int add_reader(struct help *h)
{
	char keys[HELP_KEYS_SIZE];
	int a;

	for (a = ACTION_NONE + 1; a < ACTION_COUNT; a++) {
		keys_of(NULL, (enum action)a, keys, sizeof keys);
		if (keys[0] != '\0' && add_line(h, keys, action_help((enum action)a)) != 0)
			return -1;
	}
	return 0;
}

/* Append a line for each action map binds (with a label), in the order
 * of its bindings; 0 on success. */
static int add_bindings(struct help *h, const struct keymap *map)
{
	unsigned char shown[ACTION_COUNT] = { 0 };
	char keys[HELP_KEYS_SIZE];
	size_t i;

	for (i = 0; i < map->count; i++) {
		enum action action = map->bindings[i].action;

		if (map->bindings[i].label == NULL || shown[action])
			continue;
		shown[action] = 1;
		keys_of(map, action, keys, sizeof keys);
		if (add_line(h, keys, action_help(action)) != 0)
			return -1;
	}
	return 0;
}

/* Append the keys of every screen with a keymap of its own, each under
 * its title; 0 on success. */
static int add_screens(struct help *h)
{
	size_t i;

	for (i = 0; keymaps[i] != NULL; i++) {
		if (keymaps[i]->title == NULL)
			continue;
		if (add_line(h, NULL, "") != 0 || add_line(h, NULL, keymaps[i]->title) != 0 ||
		    add_bindings(h, keymaps[i]) != 0)
			return -1;
	}
	return 0;
}

/* Append the ':' commands, as they are typed (":name :alias ARGUMENT"),
 * and ':N'; 0 on success. */
static int add_commands(struct help *h)
{
	const struct command *c;
	char keys[HELP_KEYS_SIZE];
	struct strbuf sb;

	if (add_line(h, NULL, "") != 0 || add_line(h, NULL, "Commands, typed after ':'") != 0)
		return -1;
	for (c = command_table; c->name != NULL; c++) {
		strbuf_init_fixed(&sb, keys, sizeof keys);
		strbuf_addf(&sb, ":%s", c->name);
		if (c->alias != NULL)
			strbuf_addf(&sb, " :%s", c->alias);
		if (c->argument != NULL)
			strbuf_addf(&sb, " %s", c->argument);
		if (add_line(h, keys, c->help) != 0)
			return -1;
	}
	return add_line(h, ":N", "go to paragraph N");
}

int help_build(struct help *h)
{
	if (add_line(h, NULL, HELP_TITLE) != 0 || add_line(h, NULL, "") != 0 ||
	    add_reader(h) != 0 || add_screens(h) != 0)
		return -1;
	return add_commands(h);
}

void help_release(struct help *h)
{
	free(h->lines);
	memset(h, 0, sizeof *h);
}
