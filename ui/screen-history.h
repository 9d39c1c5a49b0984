/*
 * screen-history.h - the history of one correction, from the store: every
 * change, who made it and when.  open's arg: the correction (a const
 * struct annotation *, or NULL).
 */
#ifndef TANDA_UI_SCREEN_HISTORY_H
#define TANDA_UI_SCREEN_HISTORY_H

#include "screen.h"

struct annotation;
struct app;

extern const struct screen history_screen;

/* Show the history of correction (NULL, or not a correction: the status
 * line says there is none). */
void history_open(struct app *app, const struct annotation *correction);

#endif
