/*
 * selection.c - moving the ends of the keyboard selection by words,
 * characters and sentences (src/words.c finds them), inside its
 * paragraph.  A character is a grapheme cluster (src/unicode.h), so both
 * ends always lie between whole characters as a reader sees them: never
 * between a letter and its combining accent, inside a flag or an emoji
 * sequence.
 */
#include "selection.h"
#include "unicode.h"
#include "words.h"

/* The paragraph's text and length, and where it starts in the article. */
struct para_text {
	const char *s;
	size_t len, base;
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

void selection_paragraph(struct selection *s, const struct article *a, size_t para)
{
	struct para_text t = para_text(a, para);

	s->active = 1;
	s->para = para;
	s->start = t.base;
	s->end = t.base + t.len;
}

int selection_word(struct selection *s, const struct article *a, size_t para)
{
	struct para_text t;
	size_t start, end;

	if (para >= a->count)
		return 0;
	selection_paragraph(s, a, para);
	t = para_text(a, para);
	if (words_at_or_after(t.s, t.len, 0, &start, &end)) {
		s->start = t.base + start;
		s->end = t.base + end;
	}
	return 1;
}

void selection_range(struct selection *s, const struct article *a, size_t start, size_t end)
{
	size_t para = article_paragraph_at(a, start);
	struct para_text t;

	if (para >= a->count)
		return;
	t = para_text(a, para);
	s->active = 1;
	s->para = para;
	if (end > t.base + t.len)
		end = t.base + t.len;
	s->start = t.base + unicode_grapheme_floor(t.s, t.len, start - t.base);
	s->end = end > t.base ? t.base + unicode_grapheme_ceil(t.s, t.len, end - t.base) : t.base;
	if (s->end <= s->start)
		selection_paragraph(s, a, para);
}

/* The end moved back to the end of the word before its last one, when
 * that leaves a word selected. */
static size_t shrink_by_word(const struct para_text *t, size_t start, size_t end)
{
	size_t ws, we;

	if (!words_ending_before(t->s, t->len, end, &ws, &we))
		return end;
	if (we == end && !words_ending_before(t->s, t->len, ws, &ws, &we))
		return end;
	return we > start ? we : end;
}

/* The end moved to the end of its sentence, or of the next one when it is
 * there already. */
static size_t sentence_end_after(const struct para_text *t, size_t end)
{
	size_t ss, se;

	words_sentence_around(t->s, t->len, end > 0 ? end - 1 : 0, &ss, &se);
	if (se > end)
		return se;
	return words_sentence_after(t->s, t->len, end, &ss, &se) ? se : end;
}

/* The start moved to the start of its sentence, or of the one before
 * when it is there already. */
static size_t sentence_start_before(const struct para_text *t, size_t start)
{
	size_t ss, se;

	words_sentence_around(t->s, t->len, start, &ss, &se);
	if (ss < start)
		return ss;
	return words_sentence_before(t->s, t->len, start, &ss, &se) ? ss : start;
}

/* Apply motion to the selection [*start, *end) of t, in t's offsets. */
static void move_ends(const struct para_text *t, enum selection_motion motion, size_t *start,
		      size_t *end)
{
	size_t ws, we;

	switch (motion) {
	case SELECT_WORD_NEXT:
		if (words_at_or_after(t->s, t->len, *end, &ws, &we))
			*end = we;
		break;
	case SELECT_WORD_BACK:
		if (words_before(t->s, t->len, *start, &ws, &we))
			*start = ws;
		break;
	case SELECT_WORD_SHRINK:
		*end = shrink_by_word(t, *start, *end);
		break;
	case SELECT_CHAR_NEXT:
		*end = unicode_grapheme_next(t->s, t->len, *end);
		break;
	case SELECT_CHAR_BACK:
		if ((ws = unicode_grapheme_prev(t->s, t->len, *end)) > *start)
			*end = ws;
		break;
	case SELECT_SENTENCE_NEXT:
		*end = sentence_end_after(t, *end);
		break;
	case SELECT_SENTENCE_BACK:
		*start = sentence_start_before(t, *start);
		break;
	case SELECT_PARA_START:
		*start = 0;
		break;
	case SELECT_PARA_END:
		*end = t->len;
		break;
	}
}

void selection_move(struct selection *s, const struct article *a, enum selection_motion motion)
{
	struct para_text t;
	size_t start, end;

	if (!s->active || s->para >= a->count)
		return;
	t = para_text(a, s->para);
	start = s->start - t.base;
	end = s->end - t.base;
	move_ends(&t, motion, &start, &end);
	if (end > start) {
		s->start = t.base + start;
		s->end = t.base + end;
	}
}
