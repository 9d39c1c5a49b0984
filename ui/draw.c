/*
 * draw.c - text runs, highlights and the status line.  Characters are
 * converted to wide characters for curses; control and unprintable
 * characters are drawn as U+FFFD, one column, as wrap.c counts them.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "draw.h"
#include "utf8.h"

/* The code point to draw for cp. */
static wchar_t drawable(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || wcwidth((wchar_t)cp) < 0)
		return (wchar_t)UTF8_REPLACEMENT;
	return (wchar_t)cp;
}

int draw_text(int y, int x, const char *s, size_t len, int width, unsigned long attr)
{
	wchar_t buf[256];
	size_t i = 0;
	int used = 0, n = 0;

	attrset((attr_t)attr);
	move(y, x);
	while (i < len) {
		uint32_t cp;
		int bytes = utf8_decode(s + i, len - i, &cp), w;
		wchar_t wc = drawable(cp);

		w = wcwidth(wc);
		if (w > 0 && used + w > width)
			break;
		if (n == (int)(sizeof buf / sizeof buf[0])) {
			addnwstr(buf, n);
			n = 0;
		}
		buf[n++] = wc;
		used += w > 0 ? w : 0;
		i += (size_t)(bytes < 0 ? -bytes : bytes);
	}
	if (n > 0)
		addnwstr(buf, n);
	attrset(A_NORMAL);
	return used;
}

/* The attribute of byte at under the highlights, else base. */
static unsigned long attr_at(size_t at, unsigned long base, const struct highlight *marks,
			     size_t n, const struct theme *theme)
{
	size_t i;
	unsigned long attr = base;

	for (i = 0; i < n; i++)
		if (at >= marks[i].start && at < marks[i].end)
			attr = theme->attr[marks[i].role];
	return attr;
}

/* Where the run of bytes starting at `at` with the same attribute ends. */
static size_t run_end(size_t at, size_t end, const struct highlight *marks, size_t n)
{
	size_t i, stop = end;

	for (i = 0; i < n; i++) {
		if (marks[i].start > at && marks[i].start < stop)
			stop = marks[i].start;
		if (marks[i].end > at && marks[i].end < stop)
			stop = marks[i].end;
	}
	return stop;
}

void draw_highlighted(int y, int x, const char *text, size_t from, size_t len, int width,
		      unsigned long base, const struct highlight *marks, size_t n,
		      const struct theme *theme)
{
	size_t at = from, end = from + len;

	while (at < end && width > 0) {
		size_t stop = run_end(at, end, marks, n);
		int used = draw_text(y, x, text + at, stop - at, width,
				     attr_at(at, base, marks, n, theme));

		x += used;
		width -= used;
		at = stop;
	}
}

/* Append a highlight to *out; 0 on success. */
static int add_highlight(struct highlight **out, size_t *cap, size_t count,
			 size_t start, size_t end, enum role role)
{
	if (count == *cap) {
		size_t bigger = *cap ? *cap * 2 : 8;
		struct highlight *grown = realloc(*out, bigger * sizeof *grown);

		if (grown == NULL)
			return -1;
		*out = grown;
		*cap = bigger;
	}
	(*out)[count].start = start;
	(*out)[count].end = end;
	(*out)[count].role = role;
	return 0;
}

size_t draw_find_matches(const struct app *app, size_t start, size_t len,
			 struct highlight **out, size_t *cap)
{
	const char *text = app->article->text;
	size_t count = 0, at = start, end = start + len, mstart, mlen;

	if (app->search.pattern == NULL)
		return 0;
	while (at < end && search_find(&app->search, text, end, at, 1, &mstart, &mlen)) {
		int current = app->has_match && mstart == app->match_start;

		if (add_highlight(out, cap, count, mstart, mstart + mlen,
				  current ? ROLE_MATCH_CURRENT : ROLE_MATCH) != 0)
			break;
		count++;
		at = mstart + (mlen ? mlen : 1);
	}
	return count;
}

/* The right side of the status line: mode, position, percentage. */
static void status_position(const struct app *app, char *buf, size_t size)
{
	size_t count = app->article->count, at = count ? app->view.focus + 1 : 0;

	snprintf(buf, size, " %s  %zu/%zu  %zu%% ", app->screen->name, at, count,
		 count ? at * 100 / count : 100);
}

/* Fill the status row with the status attribute. */
static void clear_status_row(const struct app *app, unsigned long attr)
{
	int x;

	attrset((attr_t)attr);
	for (x = 0; x < app->cols; x++)
		mvaddch(app->rows - 1, x, ' ');
	attrset(A_NORMAL);
}

/* Draw the open prompt: its leader and the end of its text that fits. */
static void draw_prompt(const struct app *app)
{
	const struct prompt *p = &app->prompt;
	const char *text = p->text;
	size_t len = p->len;
	char leader[2] = { p->leader, '\0' };

	clear_status_row(app, app->theme.attr[ROLE_TEXT]);
	while (len > 0 && wrap_text_width(text, len) > app->cols - 2) {
		size_t skip = wrap_fit(text, len, 1);

		text += skip ? skip : 1;
		len -= skip ? skip : 1;
	}
	draw_text(app->rows - 1, 0, leader, 1, app->cols, app->theme.attr[ROLE_TEXT]);
	draw_text(app->rows - 1, 1, text, len, app->cols - 1, app->theme.attr[ROLE_TEXT]);
}

void draw_status(const struct app *app)
{
	unsigned long attr = app->theme.attr[ROLE_STATUS];
	const char *left = app->message[0] ? app->message : app->article->meta.title;
	char right[96];
	int right_width, left_width;

	if (prompt_is_open(&app->prompt)) {
		draw_prompt(app);
		return;
	}
	clear_status_row(app, attr);
	status_position(app, right, sizeof right);
	right_width = (int)strlen(right);
	if (right_width > app->cols)
		right_width = app->cols;
	left_width = app->cols - right_width - 1;
	if (left != NULL && left_width > 0)
		draw_text(app->rows - 1, 1, left, strlen(left), left_width - 1,
			  app->message[0] && app->message_is_error ? app->theme.attr[ROLE_ERROR] : attr);
	draw_text(app->rows - 1, app->cols - right_width, right, strlen(right), right_width, attr);
}

void draw_too_small(const struct app *app)
{
	static const char notice[] = "window too small";

	erase();
	if (app->rows > 0)
		draw_text(0, 0, notice, sizeof notice - 1, app->cols, A_BOLD);
}
