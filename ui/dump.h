/*
 * dump.h - the curses screen written out for tests: as text (<Dump FILE>,
 * --screen) and as looks (<Look FILE>).
 */
#ifndef TANDA_UI_DUMP_H
#define TANDA_UI_DUMP_H

#include "error.h"

/* Write the curses screen to path: one line per row, trailing spaces
 * removed, wide characters once. */
enum tanda_status dump_screen(const char *path, struct tanda_error *err);

/*
 * Write how the curses screen looks to path: for each row, one letter per
 * column naming the cell's attributes and color pair ('.' for plain text;
 * the second cell of a wide character repeats the first), then a legend
 * of the letters in order of first use ("a: bold reverse pair 9").  Text
 * comparisons cannot see highlights; this can.
 */
enum tanda_status dump_looks(const char *path, struct tanda_error *err);

#endif
