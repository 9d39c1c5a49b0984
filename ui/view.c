/*
 * view.c - moving the focus and the top line of the reader.  Every change
 * keeps the invariants that check_view asserts.
 */
#include <assert.h>

#include "view.h"

/* The view's invariants: the focus and the top line are in the article
 * (the top on a line of its paragraph or the blank line after it), and it
 * has at least one row.  O(1) but for wrapping the top paragraph, which
 * drawing needs anyway. */
static void check_view(const struct view *v)
{
	assert(v->rows >= 1);
	assert(v->count == 0 || v->focus < v->count);
	assert(v->count == 0 || v->top.para < v->count);
	assert(v->count == 0 || v->top.line < view_para_lines(v, v->top.para));
	(void)v;
}

void view_init(struct view *v, struct wrap_cache *wrap, size_t count, int rows)
{
	v->wrap = wrap;
	v->count = count;
	v->focus = 0;
	v->top.para = 0;
	v->top.line = 0;
	v->rows = rows < 1 ? 1 : rows;
	check_view(v);
}

size_t view_para_lines(const struct view *v, size_t para)
{
	if (para >= v->count)
		return 0;	/* an empty article has no paragraph 0 to wrap */
	return wrap_line_count(v->wrap, para) + (para + 1 < v->count ? 1 : 0);
}

/* One line down from pos; 0 when pos is the last line. */
static int step_down(const struct view *v, struct view_pos *pos)
{
	if (pos->line + 1 < view_para_lines(v, pos->para)) {
		pos->line++;
		return 1;
	}
	if (pos->para + 1 >= v->count)
		return 0;
	pos->para++;
	pos->line = 0;
	return 1;
}

/* One line up from pos; 0 when pos is the first line. */
static int step_up(const struct view *v, struct view_pos *pos)
{
	if (pos->line > 0) {
		pos->line--;
		return 1;
	}
	if (pos->para == 0)
		return 0;
	pos->para--;
	pos->line = view_para_lines(v, pos->para) - 1;
	return 1;
}

struct view_pos view_step(const struct view *v, struct view_pos pos, long delta,
			  size_t *moved)
{
	*moved = 0;
	for (; delta > 0 && step_down(v, &pos); delta--)
		++*moved;
	for (; delta < 0 && step_up(v, &pos); delta++)
		++*moved;
	return pos;
}

/* The highest top line: the one that puts the article's last line at the
 * bottom of the screen (or the first line, for a short article). */
static struct view_pos last_top(const struct view *v)
{
	struct view_pos end = { v->count ? v->count - 1 : 0, 0 };
	size_t moved;

	if (v->count == 0)
		return end;
	end.line = view_para_lines(v, end.para) - 1;
	return view_step(v, end, -(long)(v->rows - 1), &moved);
}

/* Whether a comes before b. */
static int before(struct view_pos a, struct view_pos b)
{
	return a.para < b.para || (a.para == b.para && a.line < b.line);
}

size_t view_scroll(struct view *v, long delta)
{
	struct view_pos limit;
	size_t moved = 0;

	if (delta <= 0) {
		v->top = view_step(v, v->top, delta, &moved);
	} else {
		limit = last_top(v);
		while (moved < (size_t)delta && before(v->top, limit) && step_down(v, &v->top))
			moved++;
	}
	check_view(v);
	return moved;
}

/* Scroll so the focused paragraph is in view (see view_show_focus). */
static void bring_focus(struct view *v)
{
	struct view_pos start = { v->focus, 0 }, last, bottom;
	size_t lines, moved;

	if (v->count == 0)
		return;
	lines = wrap_line_count(v->wrap, v->focus);
	if (lines >= (size_t)v->rows || before(start, v->top)) {
		v->top = start;
		return;
	}
	last.para = v->focus;
	last.line = lines - 1;
	bottom = view_step(v, v->top, v->rows - 1, &moved);
	if (before(bottom, last))
		v->top = view_step(v, last, -(long)(v->rows - 1), &moved);
}

void view_show_focus(struct view *v)
{
	bring_focus(v);
	check_view(v);
}

void view_focus(struct view *v, size_t para)
{
	if (v->count == 0)
		return;
	v->focus = para >= v->count ? v->count - 1 : para;
	view_show_focus(v);
}

void view_set_rows(struct view *v, int rows)
{
	v->rows = rows < 1 ? 1 : rows;
	if (v->top.line >= view_para_lines(v, v->top.para))
		v->top.line = 0;
	if (v->count > 0 && before(last_top(v), v->top))
		v->top = last_top(v);	/* a taller window shows more of the end */
	view_show_focus(v);
}

/* The first paragraph that starts on screen, or the one at the top. */
static size_t first_on_screen(const struct view *v)
{
	struct view_pos pos = v->top;
	int row;

	if (pos.line == 0)
		return pos.para;
	for (row = 0; row < v->rows; row++) {
		if (pos.line == 0)
			return pos.para;
		if (!step_down(v, &pos))
			break;
	}
	return v->top.para;
}

void view_page(struct view *v, long delta)
{
	if (v->count == 0)
		return;
	if (view_scroll(v, delta) == 0) {
		view_focus(v, delta > 0 ? v->count - 1 : 0);
		return;
	}
	v->focus = first_on_screen(v);
	check_view(v);
}
