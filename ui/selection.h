/*
 * selection.h - the cursor and the keyboard selection, as vim's Visual
 * mode has them, in one paragraph's text.  No curses here.
 *
 * The cursor is a piece of the focused paragraph: a word (where w, b and
 * v put it), a character (where l and Left put it), the rest of a word
 * (e from inside one), or a range (a search match).  Outside a selection
 * it is drawn underlined and moved by the motions; v starts a selection
 * there: the cursor's piece becomes the fixed end (the anchor), and the
 * same motions then move the cursor, the moving end.  What is selected
 * is everything from the first of the two pieces to the end of the last,
 * so the moving end may go left or right of the fixed one, and o swaps
 * them.  Both ends always lie between whole characters (grapheme
 * clusters).
 */
#ifndef TANDA_UI_SELECTION_H
#define TANDA_UI_SELECTION_H

#include <stddef.h>

#include "article.h"

struct selection {
	int active;			/* a selection is open */
	size_t para;			/* the paragraph the cursor is in (SIZE_MAX: none) */
	size_t start, end;		/* what is selected: bytes of the article's text */
	size_t anchor_start, anchor_end;	/* the fixed end's piece */
	size_t cursor_start, cursor_end;	/* the cursor's piece, never empty */
};

/* How the cursor (the moving end) can move. */
enum selection_motion {
	SELECT_WORD_NEXT,	/* w: the next word */
	SELECT_WORD_BACK,	/* b: the word it is in, or the one before */
	SELECT_WORD_END,	/* e: to the end of its word, or the next word */
	SELECT_CHAR_NEXT,	/* l, Right: the character after it */
	SELECT_CHAR_BACK,	/* Left: the character before its last one */
	SELECT_SENTENCE_NEXT,	/* ): the last character of its sentence (or the next) */
	SELECT_SENTENCE_BACK,	/* (: the first character of its sentence (or the previous) */
	SELECT_PARA_START,	/* 0: the paragraph's first character */
	SELECT_PARA_END,	/* $: the paragraph's last character */
};

/* Put the cursor on the first word of paragraph para (the whole
 * paragraph when it has no word), closing any selection; 0 when the
 * paragraph does not exist. */
int selection_cursor_reset(struct selection *s, const struct article *a, size_t para);

/* Put the cursor on bytes [start, end) of the text (a search match), cut
 * to the paragraph of start and widened to whole characters. */
void selection_cursor_to(struct selection *s, const struct article *a, size_t start, size_t end);

/* v: start a selection at the cursor. */
void selection_start(struct selection *s);

/* Select bytes [start, end) of the text (a drag, a quoted passage), cut
 * to the paragraph of start and widened to whole characters: anchor and
 * cursor both. */
void selection_range(struct selection *s, const struct article *a, size_t start, size_t end);

/* Select the whole paragraph para. */
void selection_paragraph(struct selection *s, const struct article *a, size_t para);

/* Move the cursor by motion, within its paragraph; an open selection
 * follows it. */
void selection_move(struct selection *s, const struct article *a, enum selection_motion motion);

/* o: swap the fixed and the moving end. */
void selection_swap(struct selection *s);

#endif
