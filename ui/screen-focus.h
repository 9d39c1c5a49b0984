/*
 * screen-focus.h - focus mode: the focused paragraph alone, centred.
 * Pushed over the reader by f; f again pops it.
 */
#ifndef TANDA_UI_SCREEN_FOCUS_H
#define TANDA_UI_SCREEN_FOCUS_H

#include "screen.h"

extern const struct screen focus_screen;

#endif
