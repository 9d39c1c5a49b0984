/*
 * help.c - the help screen, built from the action list, the key table and
 * the command table, so that it always says what the keys really do.
 */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "draw.h"
#include "keymap.h"

/* The column where help texts start. */
#define HELP_TEXT_COLUMN 22

/* The lines before the first action and between sections. */
enum { HELP_HEADER_LINES = 2 };

/* The number of lines of the help. */
static size_t help_line_count(void)
{
	size_t commands = 0;

	while (command_table[commands].name != NULL)
		commands++;
	return HELP_HEADER_LINES + (ACTION_COUNT - 1) + 2 + commands + 1;
}

/* Write help line i into key and text. */
static void help_line(size_t i, char *key, size_t key_size, const char **text)
{
	size_t commands_start = HELP_HEADER_LINES + (ACTION_COUNT - 1) + 2;

	key[0] = '\0';
	*text = "";
	if (i == 0) {
		*text = "tanda: keys and commands (q or Esc closes this help)";
	} else if (i >= HELP_HEADER_LINES && i < HELP_HEADER_LINES + ACTION_COUNT - 1) {
		enum action action = (enum action)(i - HELP_HEADER_LINES + 1);

		keymap_keys_for(action, key, key_size);
		*text = action_help(action);
	} else if (i == commands_start - 1) {
		*text = "Commands, typed after ':'";
	} else if (i >= commands_start && command_table[i - commands_start].name != NULL) {
		const struct command *c = &command_table[i - commands_start];

		if (c->alias != NULL)
			snprintf(key, key_size, ":%s :%s", c->name, c->alias);
		else
			snprintf(key, key_size, ":%s", c->name);
		*text = c->help;
	} else if (i >= commands_start) {
		snprintf(key, key_size, ":N");
		*text = "go to paragraph N";
	}
}

/* Draw the help from its top line. */
static void help_draw(struct app *app)
{
	int y, rows = app_text_rows(app);

	erase();
	for (y = 0; y < app->rows; y++)
		app->row_para[y] = SIZE_MAX;
	for (y = 0; y < rows && app->help_top + (size_t)y < help_line_count(); y++) {
		char key[64];
		const char *text;
		unsigned long attr = app->theme.attr[y + app->help_top == 0 ? ROLE_TITLE : ROLE_TEXT];

		help_line(app->help_top + (size_t)y, key, sizeof key, &text);
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
	long rows = app_text_rows(app);
	long last = (long)help_line_count() - rows;
	long top = (long)app->help_top + delta;

	if (top > last)
		top = last;
	app->help_top = top < 0 ? 0 : (size_t)top;
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
