/*
 * screen-review.h - the review screen: the article's corrections of one
 * status, one at a time; y accepts, n rejects, e edits the replacement, s
 * skips.  open's arg: the enum correction_status to review.
 */
#ifndef TANDA_UI_SCREEN_REVIEW_H
#define TANDA_UI_SCREEN_REVIEW_H

#include "screen.h"

struct app;

extern const struct screen review_screen;

/* R, :review [proposed|accepted] (app->argument): review the open
 * article's corrections of that status; a bad argument, or no database,
 * and the status line says so. */
void review_open(struct app *app);

#endif
