/*
 * actions.c - the names and help texts of the actions, from the one list.
 */
#include "actions.h"

static const struct {
	const char *name;
	const char *help;
} action_table[ACTION_COUNT] = {
#define TANDA_ACTION_ROW(id, name, help) [ACTION_##id] = { name, help },
	TANDA_ACTIONS(TANDA_ACTION_ROW)
#undef TANDA_ACTION_ROW
};

const char *action_name(enum action action)
{
	return (unsigned)action < ACTION_COUNT ? action_table[action].name : "none";
}

const char *action_help(enum action action)
{
	return (unsigned)action < ACTION_COUNT ? action_table[action].help : "";
}
