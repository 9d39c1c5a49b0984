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
#include "screen-help.h"
#include "strbuf.h"

/* The column where help texts start. */
#define HELP_TEXT_COLUMN 22

/* The lines before the first action and between sections. */
enum { HELP_HEADER_LINES = 2 };

/* The help's state: the list that scrolls its lines. */
struct help {
	struct list list;
};

/* Write the keys the reader binds to action into key: from the keymaps
 * without a title of their own (the generic, reader and selecting ones). */
static void reader_keys(enum action action, char *key, size_t key_size)
{
	struct strbuf sb;
	size_t i;

	strbuf_init_fixed(&sb, key, key_size);
	for (i = 0; keymaps[i] != NULL; i++)
		if (keymaps[i]->title == NULL)
			keymap_keys_for(keymaps[i], action, &sb);
}

/* The keys of the n-th action (0-based) that has keys into key, and that
 * action; ACTION_NONE past the last.  Actions without keys are run by
 * commands and shown with them. */
static enum action keyed_action(size_t n, char *key, size_t key_size)
{
	int a;

	for (a = ACTION_NONE + 1; a < ACTION_COUNT; a++) {
		reader_keys((enum action)a, key, key_size);
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
static struct list *lines_of(const struct app *app, struct help *h)
{
	struct list *l = &h->list;

	l->count = help_line_count();
	l->rows = (size_t)app_text_rows(app);
	l->listed = NULL;
	l->selected = SIZE_MAX;
	return l;
}

/* Shown: from its first line. */
static int help_open(struct app *app, void *state, const void *arg)
{
	struct help *h = state;

	(void)app;
	(void)arg;
	list_init(&h->list);
	return 0;
}

/* Draw the help from its top line. */
static void help_draw(struct app *app, void *state)
{
	const struct list *l = lines_of(app, state);
	int y, rows = app_text_rows(app);

	erase();
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
static void scroll_by(struct app *app, struct help *h, long delta)
{
	list_scroll(lines_of(app, h), delta);
}

/* j, Down, Enter: a line down. */
static int help_down(struct app *app, void *state)
{
	scroll_by(app, state, 1);
	return 1;
}

/* k, Up: a line up. */
static int help_up(struct app *app, void *state)
{
	scroll_by(app, state, -1);
	return 1;
}

/* Space, PgDn, C-f: a screen down. */
static int help_page_down(struct app *app, void *state)
{
	scroll_by(app, state, app_text_rows(app));
	return 1;
}

/* b, PgUp, C-b: a screen up. */
static int help_page_up(struct app *app, void *state)
{
	scroll_by(app, state, -app_text_rows(app));
	return 1;
}

/* F1 again: back, as q. */
static int help_close(struct app *app, void *state)
{
	(void)state;
	app_pop(app);
	return 1;
}

/* The help's actions: scrolling, going back and redrawing; it ignores
 * every other. */
static screen_action_fn *const help_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = help_down,
	[ACTION_PREVIOUS] = help_up,
	[ACTION_PAGE_DOWN] = help_page_down,
	[ACTION_PAGE_UP] = help_page_up,
	[ACTION_HELP] = help_close,
	[ACTION_BACK] = screen_pass,
	[ACTION_REDRAW] = screen_pass,
};

const struct screen help_screen = {
	.name = "help",
	.flags = SCREEN_MODAL,
	.keymap = &keymap_help,
	.state_size = sizeof(struct help),
	.open = help_open,
	.draw = help_draw,
	.action = help_actions,
};
