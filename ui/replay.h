/*
 * replay.h - key scripts for --replay, and screen dumps.
 *
 * A script is whitespace-separated tokens: a bare token types its
 * characters; "quoted text" types the text (\" and \\ inside); <Name>
 * names a key (<Enter>, <Esc>, <Tab>, <Space>, <BS>, <Up>, <Down>, <Left>,
 * <Right>, <PgUp>, <PgDn>, <Home>, <End>, <F1>, <Quote>, <Lt>, <C-x>), and
 * <Resize COLSxROWS>, <Dump FILE>, <Look FILE>, <Click COL ROW>, <Press COL
 * ROW>, <Release COL ROW>, <WheelUp>, <WheelDown> are events.
 */
#ifndef TANDA_UI_REPLAY_H
#define TANDA_UI_REPLAY_H

#include <stddef.h>

#include "error.h"
#include "key.h"

enum replay_kind {
	REPLAY_KEY,	/* feed key */
	REPLAY_DUMP,	/* write the screen to path */
	REPLAY_LOOK,	/* write the screen's looks (attributes) to path */
};

struct replay_event {
	enum replay_kind kind;
	struct key key;
	char *path;	/* for REPLAY_DUMP and REPLAY_LOOK (heap) */
};

struct replay_script {
	struct replay_event *events;
	size_t count, cap;
};

/* Parse the len bytes of script text at text (from the file called name,
 * for messages) into script.  An unknown token fails with TANDA_EDATA
 * naming name:line:column. */
enum tanda_status replay_parse(const char *text, size_t len, const char *name,
			       struct replay_script *script, struct tanda_error *err);

/* Read and parse the script file at path. */
enum tanda_status replay_load(const char *path, struct replay_script *script,
			      struct tanda_error *err);

/* Free what script holds. */
void replay_free(struct replay_script *script);

/* Write the curses screen to path: one line per row, trailing spaces
 * removed, wide characters once. */
enum tanda_status replay_dump_screen(const char *path, struct tanda_error *err);

/*
 * Write how the curses screen looks to path: for each row, one letter per
 * column naming the cell's attributes and color pair ('.' for plain text;
 * the second cell of a wide character repeats the first), then a legend
 * of the letters in order of first use ("a: bold reverse pair 9").  Text
 * comparisons cannot see highlights; this can.
 */
enum tanda_status replay_dump_looks(const char *path, struct tanda_error *err);

#endif
