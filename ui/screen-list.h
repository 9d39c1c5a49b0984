/*
 * screen-list.h - the annotation list: the open article's annotations in
 * text order, filtered, beside the reader on a wide window or alone on a
 * narrow one.  Tab pushes it (open's arg: none).
 */
#ifndef TANDA_UI_SCREEN_LIST_H
#define TANDA_UI_SCREEN_LIST_H

#include "screen.h"

struct app;

extern const struct screen list_screen;

/* :filter FIELD=VALUE...: filter the list by fields (an empty argument
 * drops the field conditions) and show it; a bad argument leaves the
 * filter as it was and the status line says why. */
void list_filter(struct app *app, const char *argument);

#endif
