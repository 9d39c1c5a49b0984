/*
 * global.h - the global actions: what an action does when the screen on
 * top does not take it itself.
 */
#ifndef TANDA_UI_GLOBAL_H
#define TANDA_UI_GLOBAL_H

#include "actions.h"

struct app;

/* Run action's global handler (nothing for one without). */
void global_action(struct app *app, enum action action);

/* Start a new search for text (the last pattern when text is empty),
 * forward or backward from the focused paragraph. */
void global_search(struct app *app, const char *text, int forward);

#endif
