/*
 * screen-library.h - the library: the articles in the store, newest first;
 * '/' filters, Enter opens one in the reader.  L pushes it over the
 * reader; `tanda` with no file starts with it alone on the stack, where q
 * quits.  open's arg: none.
 */
#ifndef TANDA_UI_SCREEN_LIBRARY_H
#define TANDA_UI_SCREEN_LIBRARY_H

#include "screen.h"

extern const struct screen library_screen;

#endif
