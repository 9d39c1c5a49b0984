/*
 * prompt.h - the one-line editor at the bottom of the screen, used for
 * searches and ':' commands.  It draws nothing: it takes keys and holds text.
 */
#ifndef TANDA_UI_PROMPT_H
#define TANDA_UI_PROMPT_H

#include <stddef.h>

#include "key.h"

/* The longest text a prompt keeps, in bytes; longer input is cut. */
#define PROMPT_MAX 4096

struct prompt {
	char leader;		/* '/', '?' or ':'; 0 when closed */
	char text[PROMPT_MAX + 1];
	size_t len;
};

enum prompt_result {
	PROMPT_EDITING,		/* the key was taken, still typing */
	PROMPT_SUBMIT,		/* Enter: text is ready */
	PROMPT_CANCEL,		/* Escape, or backspace on empty text */
};

/* Open the prompt with leader and no text. */
void prompt_open(struct prompt *p, char leader);

/* Close the prompt. */
void prompt_close(struct prompt *p);

/* Whether the prompt is open. */
int prompt_is_open(const struct prompt *p);

/* Take one key. */
enum prompt_result prompt_key(struct prompt *p, const struct key *key);

#endif
