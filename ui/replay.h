/*
 * replay.h - key scripts for --replay (the dumps they ask for are dump.h's).
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

#endif
