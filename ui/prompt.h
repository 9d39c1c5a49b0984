/*
 * prompt.h - the one line editor every prompt of the reader shares: the
 * '/' and '?' searches, ':' commands, and the tag, replacement, note,
 * speaker and filter prompts.  It takes keys and holds the text, the
 * cursor, one history per kind of prompt and the Tab completion; it draws
 * nothing (draw.c does).
 *
 * A zeroed struct prompt is closed with empty histories; prompt_free
 * frees the histories.  The text is always well-formed UTF-8 without
 * control characters (but line breaks in a note's), and the cursor is on
 * a character boundary.
 *
 * Keys: characters insert at the cursor; Left/Right move by character;
 * Home/End and C-a/C-e go to the ends; Backspace (C-h, DEL) erases the
 * character before the cursor and cancels on an empty line; Delete the
 * one under it; C-w the word before it (spaces, then non-spaces); C-u
 * the whole line; C-k to the end; Up/Down browse this kind's history (Down
 * past the newest brings back what was being typed); Tab completes;
 * Enter (C-m) submits and records the text in the history, as C-j does
 * but in a note, where it starts a new line; Esc and C-c cancel.  Other function keys, mouse events and resizes do nothing.
 *
 * Tab completes the word before the cursor (words are separated by spaces,
 * and by commas too in the tag prompt; in the speaker prompt the whole text
 * before the cursor is the word, names having spaces) from the candidates
 * that start with it, ASCII letters compared without case.  One candidate replaces the
 * word; in the tag prompt, at the end of the line, ", " follows it.
 * Several complete to their longest common prefix and are listed in the
 * hint (as a shell lists them), and each Tab after that puts the next
 * candidate in the word's place, in the order given, round and round.
 */
#ifndef TANDA_UI_PROMPT_H
#define TANDA_UI_PROMPT_H

#include <stddef.h>

#include "key.h"

/* The longest text a prompt keeps, in bytes; longer input is cut at a
 * character boundary. */
#define PROMPT_MAX 4096

/* The longest label, in bytes; a longer one is cut. */
#define PROMPT_LABEL_MAX 255

/* The entries each kind of prompt remembers; the oldest go first. */
#define PROMPT_HISTORY_MAX 100

/* The longest word Tab completes, in bytes. */
#define PROMPT_WORD_MAX 255

/* What the text of a prompt is for; each kind has its own history. */
enum prompt_kind {
	PROMPT_SEARCH,		/* '/' and '?' */
	PROMPT_COMMAND,		/* ':' */
	PROMPT_TAGS,		/* an annotation's tags: words split by commas or spaces */
	PROMPT_REPLACEMENT,	/* the text that replaces a passage */
	PROMPT_NOTE,
	PROMPT_SPEAKER,
	PROMPT_FILTER,
	PROMPT_KINDS
};

/* The texts one kind of prompt was submitted with, oldest first. */
struct prompt_history {
	char *entries[PROMPT_HISTORY_MAX];	/* owned */
	size_t count;
};

struct prompt {
	int open;
	enum prompt_kind kind;		/* kept after closing, until the next open */
	char label[PROMPT_LABEL_MAX + 1];	/* drawn before the text */
	char text[PROMPT_MAX + 1];	/* kept after closing, until the next open */
	size_t len;			/* bytes of text */
	size_t cursor;			/* a byte offset in text, on a character boundary */

	struct prompt_history history[PROMPT_KINDS];
	size_t browsing;		/* the history entry shown; its count for the draft */
	char draft[PROMPT_MAX + 1];	/* what was typed before browsing */
	size_t draft_len;

	const char *const *words;	/* Tab's candidates; not owned */
	size_t word_count;
	int cycling;			/* the last key was a Tab with several candidates */
	size_t word_start;		/* where the completed word starts in text */
	char word[PROMPT_WORD_MAX + 1];	/* the word as typed before the first Tab */
	size_t next_candidate;		/* the match the next Tab shows */
	char hint[PROMPT_MAX + 1];	/* the candidates a first ambiguous Tab found, for
					 * the line above the prompt ("" when none) */
};

enum prompt_result {
	PROMPT_EDITING,		/* the key was taken, still typing */
	PROMPT_SUBMIT,		/* Enter: text is ready */
	PROMPT_CANCEL,		/* Escape, C-c, or backspace on empty text */
};

/* A line of the help about the prompt's keys: their names and what they
 * do (the manual's "Typing text" says the same). */
struct prompt_key_help {
	const char *keys;
	const char *text;
};

/* The prompt's keys for the help, ending with a NULL keys. */
extern const struct prompt_key_help prompt_keys_help[];

/*
 * Open the prompt as kind, with label drawn before the text ("/", ":",
 * "tags: "...; copied, NULL for none) and initial text (NULL for none;
 * copied, with tabs and line breaks made spaces, other controls dropped
 * and invalid UTF-8 made U+FFFD), the cursor at its end.  The completion
 * candidates are forgotten.
 */
void prompt_open(struct prompt *p, enum prompt_kind kind, const char *label,
		 const char *initial);

/* Close the prompt; its kind, label and text stay readable until the
 * next prompt_open. */
void prompt_close(struct prompt *p);

/* Whether the prompt is open. */
int prompt_is_open(const struct prompt *p);

/* Take one key (a closed prompt cancels). */
enum prompt_result prompt_key(struct prompt *p, const struct key *key);

/* Offer the count words as Tab's candidates; the caller keeps them valid
 * while the prompt is open.  Call after prompt_open. */
void prompt_set_completions(struct prompt *p, const char *const *words, size_t count);

/* Free the histories and close the prompt; p is a zeroed prompt again. */
void prompt_free(struct prompt *p);

#endif
