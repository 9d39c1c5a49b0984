/*
 * screen-reader.h - the reader screen: the article, paragraph by
 * paragraph, wrapped to the window; the first screen and the last.
 */
#ifndef TANDA_UI_SCREEN_READER_H
#define TANDA_UI_SCREEN_READER_H

#include "screen.h"

extern const struct screen reader_screen;

#endif
