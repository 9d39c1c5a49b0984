/*
 * screen-help.h - the help screen: every key and command.  F1 pushes it
 * (open's arg: none).
 */
#ifndef TANDA_UI_SCREEN_HELP_H
#define TANDA_UI_SCREEN_HELP_H

#include "screen.h"

extern const struct screen help_screen;

#endif
