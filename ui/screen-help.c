/*
 * screen-help.c - the help screen, built from the action list, the key table and
 * the command table, so that it always says what the keys really do.
 */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "draw.h"
#include "keymap.h"
#include "list.h"

/* The column where help texts start. */
#define HELP_TEXT_COLUMN 22

/* The lines before the first action and between sections. */
enum { HELP_HEADER_LINES = 2 };

/* The keys of the n-th action (0-based) that has keys into key, and that
 * action; ACTION_NONE past the last.  Actions without keys are run by
 * commands and shown with them. */
static enum action keyed_action(size_t n, char *key, size_t key_size)
{
	int a;

	for (a = ACTION_NONE + 1; a < ACTION_COUNT; a++) {
		keymap_keys_for((enum action)a, key, key_size);
		if (key[0] != '\0' && n-- == 0)
			return (enum action)a;
	}
	key[0] = '\0';
	return ACTION_NONE;
}

/* The number of actions that have keys. */
static size_t keyed_action_count(void)
{
	char key[64];
	size_t n = 0;

	while (keyed_action(n, key, sizeof key) != ACTION_NONE)
		n++;
	return n;
}

/* The number of lines of the help. */
static size_t help_line_count(void)
{
	size_t commands = 0;

	while (command_table[commands].name != NULL)
		commands++;
	return HELP_HEADER_LINES + keyed_action_count() + 2 + commands + 1;
}

/* Write how command c is typed (":name :alias ARGUMENT") into key. */
static void command_label(const struct command *c, char *key, size_t key_size)
{
	snprintf(key, key_size, ":%s%s%s%s%s", c->name, c->alias ? " :" : "",
		 c->alias ? c->alias : "", c->argument ? " " : "", c->argument ? c->argument : "");
}

/* Write help line i into key and text. */
static void help_line(size_t i, char *key, size_t key_size, const char **text)
{
	size_t keyed = keyed_action_count(), commands_start = HELP_HEADER_LINES + keyed + 2;

	key[0] = '\0';
	*text = "";
	if (i == 0) {
		*text = "tanda: keys and commands (q or Esc closes this help)";
	} else if (i >= HELP_HEADER_LINES && i < HELP_HEADER_LINES + keyed) {
		*text = action_help(keyed_action(i - HELP_HEADER_LINES, key, key_size));
	} else if (i == commands_start - 1) {
		*text = "Commands, typed after ':'";
	} else if (i >= commands_start && command_table[i - commands_start].name != NULL) {
		const struct command *c = &command_table[i - commands_start];

		command_label(c, key, key_size);
		*text = c->help;
	} else if (i >= commands_start) {
		snprintf(key, key_size, ":N");
		*text = "go to paragraph N";
	}
}

/* The help's lines as a list that only scrolls, in step with the window. */
static struct list *lines_of(struct app *app)
{
	struct list *l = &app->help;

	l->count = help_line_count();
	l->rows = (size_t)app_text_rows(app);
	l->listed = NULL;
	l->selected = SIZE_MAX;
	return l;
}

/* Draw the help from its top line. */
static void help_draw(struct app *app)
{
	const struct list *l = lines_of(app);
	int y, rows = app_text_rows(app);

	erase();
	for (y = 0; y < app->rows; y++)
		app->row_para[y] = SIZE_MAX;
	for (y = 0; y < rows && l->top + (size_t)y < l->count; y++) {
		char key[64];
		const char *text;
		unsigned long attr = app->theme.attr[y + l->top == 0 ? ROLE_TITLE : ROLE_TEXT];

		help_line(l->top + (size_t)y, key, sizeof key, &text);
		if (key[0] == '\0') {
			draw_text(y, 1, text, strlen(text), app->cols - 1, attr);
			continue;
		}
		draw_text(y, 2, key, strlen(key), app->cols - 2, app->theme.attr[ROLE_TITLE]);
		if (app->cols > HELP_TEXT_COLUMN)
			draw_text(y, HELP_TEXT_COLUMN, text, strlen(text),
				  app->cols - HELP_TEXT_COLUMN, attr);
	}
}

/* Scroll the help by delta lines, within its length. */
static void help_scroll(struct app *app, long delta)
{
	list_scroll(lines_of(app), delta);
}

/* The help's own keys: scrolling and closing; every other key is ignored. */
static int help_key(struct app *app, const struct key *key)
{
	enum action action = keymap_lookup(key);

	if (key->kind == KEY_KIND_CHAR && key->code == KEY_ESCAPE)
		action = ACTION_QUIT;
	switch (action) {
	case ACTION_QUIT:
	case ACTION_HELP:
		app->screen = app->under_help;
		break;
	case ACTION_NEXT: help_scroll(app, 1); break;
	case ACTION_PREVIOUS: help_scroll(app, -1); break;
	case ACTION_PAGE_DOWN: help_scroll(app, app_text_rows(app)); break;
	case ACTION_PAGE_UP: help_scroll(app, -app_text_rows(app)); break;
	case ACTION_REDRAW: app->redraw_all = 1; break;
	default: break;
	}
	return 1;
}

const struct screen help_screen = {
	.name = "help",
	.draw = help_draw,
	.key = help_key,
};
