/*
 * selection.c - moving the cursor (the selection's moving end) by words,
 * characters and sentences (src/words.c finds them), inside its
 * paragraph, and the selection it spans with the fixed end.  A character
 * is a grapheme cluster (src/unicode.h), so both ends always lie between
 * whole characters as a reader sees them: never between a letter and its
 * combining accent, inside a flag or an emoji sequence.
 */
#include <stdint.h>

#include "selection.h"
#include "unicode.h"
#include "words.h"

/* The paragraph's text and length, and where it starts in the article. */
struct para_text {
	const char *s;
	size_t len, base;
};

/* A piece of a paragraph: [start, end), offsets in its text. */
struct piece {
	size_t start, end;
};

/* Paragraph para of a. */
static struct para_text para_text(const struct article *a, size_t para)
{
	struct para_text t;

	t.base = a->paragraphs[para].start;
	t.s = a->text + t.base;
	t.len = a->paragraphs[para].len;
	return t;
}

/* What is selected: from the first of the two pieces to the end of the
 * last; without a selection, the cursor alone. */
static void span(struct selection *s)
{
	if (!s->active) {
		s->start = s->cursor_start;
		s->end = s->cursor_end;
		return;
	}
	s->start = s->anchor_start < s->cursor_start ? s->anchor_start : s->cursor_start;
	s->end = s->anchor_end > s->cursor_end ? s->anchor_end : s->cursor_end;
}

/* Put the cursor on piece p of paragraph t (in para). */
static void set_cursor(struct selection *s, const struct para_text *t, size_t para,
		       struct piece p)
{
	s->para = para;
	s->cursor_start = t->base + p.start;
	s->cursor_end = t->base + p.end;
	span(s);
}

int selection_cursor_reset(struct selection *s, const struct article *a, size_t para)
{
	struct para_text t;
	struct piece p;

	s->active = 0;
	if (para >= a->count) {
		s->para = SIZE_MAX;
		return 0;
	}
	t = para_text(a, para);
	if (!words_at_or_after(t.s, t.len, 0, &p.start, &p.end)) {
		p.start = 0;
		p.end = t.len;
	}
	set_cursor(s, &t, para, p);
	return 1;
}

/* Bytes [start, end) of the text as a piece of their paragraph t (that of
 * start), widened to whole characters; never empty. */
static struct piece piece_of(const struct para_text *t, size_t start, size_t end)
{
	struct piece p;

	if (end > t->base + t->len)
		end = t->base + t->len;
	p.start = unicode_grapheme_floor(t->s, t->len, start - t->base);
	p.end = end > t->base ? unicode_grapheme_ceil(t->s, t->len, end - t->base) : 0;
	if (p.end <= p.start)
		p.end = unicode_grapheme_next(t->s, t->len, p.start);
	if (p.end <= p.start) {	/* at the very end: the whole paragraph */
		p.start = 0;
		p.end = t->len;
	}
	return p;
}

void selection_cursor_to(struct selection *s, const struct article *a, size_t start, size_t end)
{
	size_t para = article_paragraph_at(a, start);
	struct para_text t;

	if (para >= a->count)
		return;
	t = para_text(a, para);
	s->active = 0;
	set_cursor(s, &t, para, piece_of(&t, start, end));
}

void selection_start(struct selection *s)
{
	if (s->para == SIZE_MAX)
		return;
	s->active = 1;
	s->anchor_start = s->cursor_start;
	s->anchor_end = s->cursor_end;
	span(s);
}

void selection_range(struct selection *s, const struct article *a, size_t start, size_t end)
{
	selection_cursor_to(s, a, start, end);
	selection_start(s);
}

void selection_paragraph(struct selection *s, const struct article *a, size_t para)
{
	if (para >= a->count)
		return;
	selection_range(s, a, a->paragraphs[para].start,
			a->paragraphs[para].start + a->paragraphs[para].len);
}

void selection_swap(struct selection *s)
{
	size_t start = s->anchor_start, end = s->anchor_end;

	if (!s->active)
		return;
	s->anchor_start = s->cursor_start;
	s->anchor_end = s->cursor_end;
	s->cursor_start = start;
	s->cursor_end = end;
}

/* The character of t at at (none past the end: *p unchanged); 1 when
 * there is one. */
static int char_at(const struct para_text *t, size_t at, struct piece *p)
{
	size_t next;

	if (at >= t->len || (next = unicode_grapheme_next(t->s, t->len, at)) <= at)
		return 0;
	p->start = at;
	p->end = next;
	return 1;
}

/* w: the first word that starts at or after the cursor's end. */
static void word_next(const struct para_text *t, struct piece *c)
{
	size_t ws, we;

	if (!words_at_or_after(t->s, t->len, c->end, &ws, &we))
		return;
	if (ws < c->end && !words_at_or_after(t->s, t->len, we, &ws, &we))
		return;	/* the cursor was inside the last word */
	c->start = ws;
	c->end = we;
}

/* e: the rest of the word the cursor is in, or the next word. */
static void word_end(const struct para_text *t, struct piece *c)
{
	size_t ws, we;

	if (!words_at_or_after(t->s, t->len, c->end, &ws, &we))
		return;
	c->start = ws < c->start ? c->start : ws;
	c->end = we;
}

/* The cursor moved to the end of its sentence, or of the next one when it
 * is there already: the sentence's last character. */
static void sentence_end(const struct para_text *t, struct piece *c)
{
	size_t ss, se;

	words_sentence_around(t->s, t->len, c->end > 0 ? c->end - 1 : 0, &ss, &se);
	if (se <= c->end && !words_sentence_after(t->s, t->len, c->end, &ss, &se))
		return;
	if (se > 0)
		char_at(t, unicode_grapheme_prev(t->s, t->len, se), c);
}

/* The cursor moved to the start of its sentence, or of the one before
 * when it is there already: the sentence's first character. */
static void sentence_start(const struct para_text *t, struct piece *c)
{
	size_t ss, se;

	words_sentence_around(t->s, t->len, c->start, &ss, &se);
	if (ss >= c->start && !words_sentence_before(t->s, t->len, c->start, &ss, &se))
		return;
	char_at(t, ss, c);
}

/* Apply motion to the cursor c, a piece of t. */
static void move_cursor(const struct para_text *t, enum selection_motion motion,
			struct piece *c)
{
	size_t ws, we;

	switch (motion) {
	case SELECT_WORD_NEXT:
		word_next(t, c);
		break;
	case SELECT_WORD_BACK:
		if (words_before(t->s, t->len, c->start, &ws, &we)) {
			c->start = ws;
			c->end = we;
		}
		break;
	case SELECT_WORD_END:
		word_end(t, c);
		break;
	case SELECT_CHAR_NEXT:
		char_at(t, c->end, c);
		break;
	case SELECT_CHAR_BACK:	/* the character before the cursor's last one */
		ws = unicode_grapheme_prev(t->s, t->len, c->end);
		if (ws > 0)
			char_at(t, unicode_grapheme_prev(t->s, t->len, ws), c);
		break;
	case SELECT_SENTENCE_NEXT:
		sentence_end(t, c);
		break;
	case SELECT_SENTENCE_BACK:
		sentence_start(t, c);
		break;
	case SELECT_PARA_START:
		char_at(t, 0, c);
		break;
	case SELECT_PARA_END:
		char_at(t, unicode_grapheme_prev(t->s, t->len, t->len), c);
		break;
	}
}

void selection_move(struct selection *s, const struct article *a, enum selection_motion motion)
{
	struct para_text t;
	struct piece c;

	if (s->para >= a->count)
		return;
	t = para_text(a, s->para);
	c.start = s->cursor_start - t.base;
	c.end = s->cursor_end - t.base;
	move_cursor(&t, motion, &c);
	set_cursor(s, &t, s->para, c);
}
