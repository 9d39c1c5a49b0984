/*
 * actions.h - the one list of everything the reader can do: each action's
 * id, its name (used by key scripts' help and the manual) and its one-line
 * help.  The key table (keymap.c) and the help screen are built from it.
 */
#ifndef TANDA_UI_ACTIONS_H
#define TANDA_UI_ACTIONS_H

#define TANDA_ACTIONS(X) \
	X(NONE, "none", "") \
	X(NEXT, "next", "next paragraph") \
	X(PREVIOUS, "previous", "previous paragraph") \
	X(PAGE_DOWN, "page-down", "one screen down") \
	X(PAGE_UP, "page-up", "one screen up") \
	X(HALF_DOWN, "half-page-down", "half a screen down") \
	X(HALF_UP, "half-page-up", "half a screen up") \
	X(FIRST, "first", "first paragraph") \
	X(LAST, "last", "last paragraph") \
	X(SEARCH_FORWARD, "search", "search forward for text") \
	X(SEARCH_BACKWARD, "search-backward", "search backward for text") \
	X(SEARCH_NEXT, "search-next", "repeat the last search") \
	X(SEARCH_PREVIOUS, "search-previous", "repeat the last search the other way") \
	X(COMMAND, "command", "type a command (:N goes to paragraph N)") \
	X(FOCUS_MODE, "focus-mode", "focus mode: the focused paragraph alone") \
	X(MARK_SET, "mark", "set a mark: m then a letter") \
	X(MARK_JUMP, "goto-mark", "go to a mark: ' then its letter") \
	X(EXPORT, "export", "write this article's annotations as YAML") \
	X(HELP, "help", "show this help") \
	X(REDRAW, "redraw", "redraw the screen") \
	X(QUIT, "quit", "quit")

enum action {
#define TANDA_ACTION_ID(id, name, help) ACTION_##id,
	TANDA_ACTIONS(TANDA_ACTION_ID)
#undef TANDA_ACTION_ID
	ACTION_COUNT
};

/* The name of action, as key scripts and the manual write it. */
const char *action_name(enum action action);

/* The one-line help of action. */
const char *action_help(enum action action);

#endif
