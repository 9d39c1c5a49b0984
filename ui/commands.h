/*
 * commands.h - what can be typed after ':' — one table of names, the
 * action each runs, the argument it takes and its help — plus ':N' to go
 * to paragraph N.
 */
#ifndef TANDA_UI_COMMANDS_H
#define TANDA_UI_COMMANDS_H

#include <stddef.h>

#include "actions.h"

struct command {
	const char *name;
	const char *aliases;	/* other ways to type it, separated by spaces, or NULL */
	enum action action;
	const char *argument;	/* what it takes, as the help shows it ("[FILE]"), or NULL */
	const char *help;
};

/* The commands, ending with a NULL name. */
extern const struct command command_table[];

enum command_kind {
	COMMAND_EMPTY,		/* nothing typed */
	COMMAND_ACTION,		/* run an action */
	COMMAND_GOTO,		/* go to paragraph number */
	COMMAND_UNKNOWN,	/* not a command */
};

struct command_result {
	enum command_kind kind;
	enum action action;
	size_t number;		/* for COMMAND_GOTO, 1-based */
	const char *argument;	/* for a command that takes one: the rest of the line */
	size_t argument_len;	/* its length, trailing spaces left out (0: none) */
};

/* Parse the text typed after ':' (surrounding spaces are ignored). */
struct command_result commands_parse(const char *text);

#endif
