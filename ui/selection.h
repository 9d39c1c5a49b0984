/*
 * selection.h - the keyboard selection: a range of one paragraph's text
 * that grows and shrinks by words, characters and sentences.  No curses
 * here.
 */
#ifndef TANDA_UI_SELECTION_H
#define TANDA_UI_SELECTION_H

#include <stddef.h>

#include "article.h"

struct selection {
	int active;
	size_t para;		/* the paragraph it lies in */
	size_t start, end;	/* bytes of the article's text, end exclusive */
};

/* How a selection can change. */
enum selection_motion {
	SELECT_WORD_NEXT,	/* the end to the end of the next word */
	SELECT_WORD_BACK,	/* the start back to the previous word */
	SELECT_WORD_SHRINK,	/* the end back by its last word */
	SELECT_CHAR_NEXT,	/* the end one character (grapheme cluster) on */
	SELECT_CHAR_BACK,	/* the end one character (grapheme cluster) back */
	SELECT_SENTENCE_NEXT,	/* the end to the end of the sentence (or the next) */
	SELECT_SENTENCE_BACK,	/* the start to the start of the sentence (or the previous) */
	SELECT_PARA_START,	/* the start to the paragraph's start */
	SELECT_PARA_END,	/* the end to the paragraph's end */
};

/* Select the first word of paragraph para (the whole paragraph when it
 * has no word); 0 when the paragraph does not exist. */
int selection_word(struct selection *s, const struct article *a, size_t para);

/* Select bytes [start, end) of the text, cut to the paragraph of start
 * and widened to whole characters (grapheme clusters). */
void selection_range(struct selection *s, const struct article *a, size_t start, size_t end);

/* Select the whole paragraph para. */
void selection_paragraph(struct selection *s, const struct article *a, size_t para);

/* Change the selection by motion; it never becomes empty and never leaves
 * its paragraph. */
void selection_move(struct selection *s, const struct article *a, enum selection_motion motion);

#endif
