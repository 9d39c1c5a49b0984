/*
 * dispatch.h - handling one input event in the reader: the order a key
 * goes through, from the open prompt to the global actions.
 */
#ifndef TANDA_UI_DISPATCH_H
#define TANDA_UI_DISPATCH_H

#include "key.h"

struct app;

/* Handle one input event. */
void dispatch_key(struct app *app, const struct key *key);

#endif
