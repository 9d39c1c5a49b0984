/*
 * commands.c - the ':' command table and its parser.
 */
#include <stdlib.h>
#include <string.h>

#include "commands.h"

const struct command command_table[] = {
	{ "quit", "q q! qa qa! wq wq! x", ACTION_QUIT, NULL,
	  "quit (:q! :qa :wq :x too: every change is saved already)" },
	{ "help", "h", ACTION_HELP, NULL, "show the help" },
	{ "messages", "mes", ACTION_MESSAGES, NULL, "what the status line said this session" },
	{ "focus", NULL, ACTION_FOCUS_MODE, NULL, "toggle focus mode" },
	{ "first", NULL, ACTION_FIRST, NULL, "go to the first paragraph" },
	{ "last", NULL, ACTION_LAST, NULL, "go to the last paragraph" },
	{ "export", NULL, ACTION_EXPORT, "[FILE]", "write this article's annotations as YAML" },
	{ "filter", NULL, ACTION_FILTER, "[F=V ...]",
	  "list annotations by kind, tag, author, status (none: all)" },
	{ "annotations", "list", ACTION_PANEL, NULL, "list the annotations" },
	{ "library", NULL, ACTION_LIBRARY, NULL, "the library of stored articles" },
	{ "review", NULL, ACTION_REVIEW, "[accepted]",
	  "review the proposed (or accepted) corrections" },
	{ "history", NULL, ACTION_HISTORY, NULL, "the history of the current correction" },
	{ "set", NULL, ACTION_SET, "[width=N] [align=center|left]",
	  "the text's width in columns and its place on a wide window (none: show them)" },
	{ "nohlsearch", "noh", ACTION_NO_HIGHLIGHT, NULL, "hide the search's highlights" },
	{ "reload", "e", ACTION_RELOAD, NULL, "load the file and its annotations again" },
	{ "note", NULL, ACTION_NOTE_EDITOR, NULL,
	  "edit the current annotation's note in $VISUAL or $EDITOR (else vi)" },
	{ "attach", NULL, ACTION_ATTACH, NULL,
	  "put a detached or fuzzy annotation on the selected words" },
	{ "undo", NULL, ACTION_UNDO, NULL, "undo the last change" },
	{ "redo", NULL, ACTION_REDO, NULL, "redo what was undone" },
	{ NULL, NULL, ACTION_NONE, NULL, NULL },
};

/* Whether the len bytes at s are all digits (and there is at least one). */
static int all_digits(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return len > 0;
}

/* Whether the len bytes at s are word. */
static int is_word(const char *s, size_t len, const char *word)
{
	return word != NULL && strlen(word) == len && memcmp(s, word, len) == 0;
}

/* Whether the len bytes at s are one of the space-separated words of
 * list (NULL: none). */
static int is_one_of(const char *s, size_t len, const char *list)
{
	size_t n;

	while (list != NULL && *list != '\0') {
		n = strcspn(list, " ");
		if (n == len && memcmp(s, list, len) == 0)
			return 1;
		list += n;
		list += strspn(list, " ");
	}
	return 0;
}

/* Whether the len bytes at s are command c: its name or alias alone, or,
 * when c takes an argument, followed by spaces and the argument, which
 * goes into result. */
static int is_command(const struct command *c, const char *s, size_t len,
		      struct command_result *result)
{
	size_t word = 0;

	while (word < len && s[word] != ' ')
		word++;
	if (!is_word(s, word, c->name) && !is_one_of(s, word, c->aliases))
		return 0;
	if (word < len && c->argument == NULL)
		return 0;
	while (word < len && s[word] == ' ')
		word++;
	result->argument = s + word;
	result->argument_len = len - word;
	return 1;
}

struct command_result commands_parse(const char *text)
{
	struct command_result result = { COMMAND_UNKNOWN, ACTION_NONE, 0, "", 0 };
	const struct command *c;
	size_t len;

	while (*text == ' ')
		text++;
	len = strlen(text);
	while (len > 0 && text[len - 1] == ' ')
		len--;
	if (len == 0) {
		result.kind = COMMAND_EMPTY;
		return result;
	}
	if (all_digits(text, len)) {
		result.kind = COMMAND_GOTO;
		result.number = len > 18 ? (size_t)-1 : (size_t)strtoull(text, NULL, 10);
		return result;
	}
	for (c = command_table; c->name != NULL; c++) {
		if (is_command(c, text, len, &result)) {
			result.kind = COMMAND_ACTION;
			result.action = c->action;
			return result;
		}
	}
	return result;
}
