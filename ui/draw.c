/*
 * draw.c - text runs, highlights and the status line.  Characters are
 * converted to wide characters for curses; control characters, bidi
 * controls and unprintable characters are drawn as U+FFFD, one column, as
 * wrap.c counts them.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "annotate.h"
#include "draw.h"
#include "escape.h"
#include "grow.h"
#include "store.h"
#include "strbuf.h"
#include "utf8.h"
#include "zone.h"

/* The code point to draw for cp: a line break (in a note) as a return
 * arrow, a control character or a bidi control (which would turn the
 * text around on the screen) and unprintable characters as U+FFFD. */
static wchar_t drawable(uint32_t cp)
{
	if (cp == '\n')
		return (wchar_t)0x21B5;	/* ↵ */
	if (escape_is_control(cp) || wcwidth((wchar_t)cp) < 0)
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

/* The attribute of byte at under the highlights, over base: the color of
 * the last highlight that has one, and the attributes (underline, bold,
 * reverse...) of them all, so that overlapping ones stay apart. */
static unsigned long attr_at(size_t at, unsigned long base, const struct highlight *marks,
			     size_t n, const struct theme *theme)
{
	size_t i;
	unsigned long attr = base;

	for (i = 0; i < n; i++) {
		unsigned long mark;

		if (at < marks[i].start || at >= marks[i].end)
			continue;
		mark = theme->attr[marks[i].role];
		if (mark & A_COLOR)
			attr &= ~(unsigned long)A_COLOR;
		attr |= mark;
	}
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
	if (GROW(*out, *cap, count + 1) != 0)
		return -1;
	(*out)[count].start = start;
	(*out)[count].end = end;
	(*out)[count].role = role;
	return 0;
}

/* How far before the bytes drawn a match is looked for that reaches into
 * them (one wrapped from the line above): the pattern's length many times
 * over, room for its decomposed forms. */
#define MATCH_REACH(pattern_len) (8 * (pattern_len) + 64)

/* Append the search matches of paragraph para that overlap bytes [from,
 * to) of the text to *out after count, the current one marked; returns
 * the new count.  Only the bytes drawn are searched, so a paragraph of
 * 20 MB that matches everywhere costs what its lines on the screen do. */
static size_t add_matches(const struct app *app, size_t para, size_t from, size_t to,
			  struct highlight **out, size_t *cap, size_t count)
{
	const struct paragraph *p = &app->article->paragraphs[para];
	const char *text = app->article->text;
	size_t reach, at, mstart, mlen;

	if (app->search.pattern == NULL || app->search_hidden)
		return count;
	reach = MATCH_REACH(app->search.len);
	at = from > p->start + reach ? from - reach : p->start;
	while (search_find_between(&app->search, text, p->start + p->len, at, to, &mstart, &mlen)) {
		int current = app->has_match && mstart == app->match_start;

		if (mstart + mlen > from) {
			if (add_highlight(out, cap, count, mstart, mstart + mlen,
					  current ? ROLE_MATCH_CURRENT : ROLE_MATCH) != 0)
				break;
			count++;
		}
		at = mstart + (mlen ? mlen : 1);
	}
	return count;
}

/* The role an annotation is drawn in. */
static enum role annotation_role(const struct annotation *a)
{
	int color;

	switch (a->kind) {
	case KIND_QUOTE: return ROLE_QUOTE;
	case KIND_CLAIM: return ROLE_CLAIM;
	case KIND_CORRECTION: return ROLE_CORRECTION;
	case KIND_NOTE: return ROLE_NOTE;
	default: break;
	}
	for (color = 0; color < ANNOTATE_COLORS; color++)
		if (a->color != NULL && strcmp(a->color, annotation_color_names[color]) == 0)
			return (enum role)(ROLE_HIGHLIGHT_1 + color);
	return ROLE_HIGHLIGHT_1;
}

/* The most annotations drawn on one line (the first in text order, and the
 * current one): a line under thousands of them is drawn in time, and
 * shows no more than a reader could tell apart. */
#define LINE_ANNOTATIONS_MAX 64

/* Append the annotations on paragraph para that overlap bytes [from, to)
 * to *out after count, the current one last and marked; returns the new
 * count. */
static size_t add_annotations(const struct app *app, size_t para, size_t from, size_t to,
			      struct highlight **out, size_t *cap, size_t count)
{
	const struct overlay *o = &app->overlay;
	size_t first, last, i, added = 0;

	overlay_overlapping(o, para, from, to, &first, &last);
	for (i = first; i < last && added < LINE_ANNOTATIONS_MAX; i++) {
		if (!overlay_attached(o, i) || o->items[i].end <= from || o->items[i].start >= to)
			continue;
		if (add_highlight(out, cap, count, o->items[i].start, o->items[i].end,
				  annotation_role(&o->items[i].a)) == 0) {
			count++;
			added++;
		}
		if (o->items[i].a.anchor.state == ANCHOR_FUZZY &&
		    add_highlight(out, cap, count, o->items[i].start, o->items[i].end,
				  ROLE_FUZZY) == 0)
			count++;	/* to confirm: its own underline over its look */
	}
	if (app->current < o->count && o->items[app->current].para == para &&
	    overlay_attached(o, app->current) &&
	    add_highlight(out, cap, count, o->items[app->current].start,
			  o->items[app->current].end, ROLE_CURRENT) == 0)
		count++;
	return count;
}

size_t draw_paragraph_marks(const struct app *app, size_t para, size_t from, size_t to,
			    struct highlight **out, size_t *cap)
{
	const struct selection *sel = &app->selection;
	size_t count = add_annotations(app, para, from, to, out, cap, 0);

	count = add_matches(app, para, from, to, out, cap, count);
	if (sel->para == para && (sel->active || para == app->view.focus) &&
	    add_highlight(out, cap, count, sel->start, sel->end,
			  sel->active ? ROLE_SELECTION : ROLE_CURSOR) == 0)
		count++;
	return count;
}

/* The most bytes of the search's pattern the status line shows. */
#define STATUS_PATTERN_MAX 24

/* Append to sb a count of matches, or ">999" past the most counted. */
static void add_match_number(struct strbuf *sb, size_t n)
{
	if (n > MATCHCOUNT_MAX)
		strbuf_addf(sb, ">%d", MATCHCOUNT_MAX);
	else
		strbuf_addf(sb, "%zu", n);
}

/* Write into buf the search and where its current match is among all
 * ("/Korea [2/14]"), while a match is shown in the reader or focus mode;
 * else "".  Counted lazily (matchcount.h). */
static void search_position(struct app *app, char *buf, size_t size)
{
	struct strbuf sb;
	size_t index, total;

	strbuf_init_fixed(&sb, buf, size);
	if (!app->has_match || app->search_hidden || app->search.pattern == NULL ||
	    !(app_screen(app)->flags & SCREEN_SELECTS))
		return;
	matchcount_get(&app->matches, &app->search, app->search_generation, app->article->text,
		       app->article->text_len, app->match_start, &index, &total);
	strbuf_addch(&sb, app->search_forward ? '/' : '?');
	if (app->search.len > STATUS_PATTERN_MAX) {
		strbuf_add(&sb, app->search.pattern, STATUS_PATTERN_MAX);	/* cut at a character */
		strbuf_addstr(&sb, "\xE2\x80\xA6");
	} else {
		strbuf_addstr(&sb, app->search.pattern);
	}
	strbuf_addstr(&sb, " [");
	add_match_number(&sb, index);
	strbuf_addch(&sb, '/');
	add_match_number(&sb, total);
	strbuf_addch(&sb, ']');
}

/* Write into buf how many annotations need attention ("2 fuzzy, 1
 * orphan": anchors to confirm or reattach), or "" when none do. */
static void attention(const struct app *app, char *buf, size_t size)
{
	size_t fuzzy = overlay_count_state(&app->overlay, ANCHOR_FUZZY);
	size_t orphan = overlay_count_state(&app->overlay, ANCHOR_ORPHAN);
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	if (fuzzy > 0)
		strbuf_addf(&sb, "%zu fuzzy", fuzzy);
	if (orphan > 0)
		strbuf_addf(&sb, "%s%zu orphan%s", fuzzy ? ", " : "", orphan, orphan == 1 ? "" : "s");
}

/* The right side of the status line: what needs attention, the search's
 * place, the top screen's detail, its name, its position (the focused
 * paragraph's, or the screen's own), percentage. */
static void status_position(const struct app *app, const char *search, char *buf, size_t size)
{
	const struct screen *screen = app_screen(app);
	size_t count = app->article->count, at = count ? app->view.focus + 1 : 0;
	char detail[64] = "", notice[64];

	attention(app, notice, sizeof notice);
	if (screen->position != NULL)
		screen->position(app, app_top_state(app), &at, &count);
	if (app->count > 0)	/* a count being typed, as vi shows it */
		snprintf(detail, sizeof detail, "%zu", app->count);
	else if (screen->detail != NULL)
		screen->detail(app, app_top_state(app), detail, sizeof detail);
	snprintf(buf, size, "%s%s%s%s%s%s%s%s %s  %zu/%zu  %zu%% ", app->typed ? "" : " F1 help ",
		 notice[0] ? " " : "", notice, search[0] ? "  " : "", search,
		 detail[0] ? "  " : "", detail, search[0] || detail[0] ? " " : "", screen->name,
		 at, count, count ? at * 100 / count : 100);
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

/* The end of the cursor's cell in p's text: the character at the cursor
 * with the zero-width ones after it (the cursor itself at the end). */
static size_t prompt_cell_end(const struct prompt *p)
{
	size_t at = p->cursor;
	uint32_t cp;
	int n;

	while (at < p->len) {
		n = utf8_decode(p->text + at, p->len - at, &cp);
		if (at > p->cursor && wrap_char_width(cp) > 0)
			break;
		at += (size_t)(n < 0 ? -n : n);
	}
	return at;
}

/* The start of the character before byte at of p's text, and its width
 * in *width. */
static size_t prompt_char_before(const struct prompt *p, size_t at, int *width)
{
	size_t start = at - 1;
	uint32_t cp;

	while (start > 0 && utf8_is_continuation((unsigned char)p->text[start]))
		start--;
	utf8_decode(p->text + start, at - start, &cp);
	*width = wrap_char_width(cp);
	return start;
}

/* Where to start drawing p's text so that what comes before the cursor
 * fits in room columns: the start when it all fits, else the cursor less
 * whole characters, never starting on a zero-width one. */
static size_t prompt_scroll(const struct prompt *p, int room)
{
	size_t from = p->cursor, before;
	int used = 0, width;

	if (wrap_text_width(p->text, p->cursor) <= room)
		return 0;
	while (from > 0) {
		before = prompt_char_before(p, from, &width);
		if (used + width > room)
			break;
		used += width;
		from = before;
	}
	while (from < p->cursor) {
		uint32_t cp;
		int n = utf8_decode(p->text + from, p->len - from, &cp);

		if (wrap_char_width(cp) > 0)
			break;
		from += (size_t)(n < 0 ? -n : n);
	}
	return from;
}

/*
 * Draw the open prompt: its label (in at most half the row), then its
 * text scrolled so that the cursor shows, with up to a third of the room
 * after it when there is text there.  The cursor's cell is in reverse
 * video (a space at the end of the line, or before a zero-width
 * character), and the terminal's cursor is left on it.
 */
static void draw_prompt(const struct app *app)
{
	const struct prompt *p = &app->prompt;
	unsigned long attr = app->theme.attr[ROLE_TEXT];
	int y = app->rows - 1, x, room, cell_width, after_width, keep_after, cursor_x;
	size_t cell_end = prompt_cell_end(p), from;

	clear_status_row(app, attr);
	x = draw_text(y, 0, p->label, strlen(p->label), app->cols / 2, attr);
	room = app->cols - x;
	cell_width = wrap_text_width(p->text + p->cursor, cell_end - p->cursor);
	if (cell_width == 0 || cell_width > room)
		cell_end = p->cursor;	/* the cursor is drawn as a space */
	if (cell_end == p->cursor)
		cell_width = 1;
	after_width = wrap_text_width(p->text + cell_end, p->len - cell_end);
	keep_after = after_width < room / 3 ? after_width : room / 3;
	from = prompt_scroll(p, room - cell_width - keep_after);
	x += draw_text(y, x, p->text + from, p->cursor - from, room - cell_width, attr);
	cursor_x = x;
	if (cell_end == p->cursor)
		draw_text(y, x, " ", 1, 1, attr | A_REVERSE);
	else
		draw_text(y, x, p->text + p->cursor, cell_end - p->cursor, cell_width,
			  attr | A_REVERSE);
	x += cell_width;
	if (x < app->cols)
		draw_text(y, x, p->text + cell_end, p->len - cell_end, app->cols - x, attr);
	if (p->hint[0] != '\0' && y > 0) {	/* the candidates, above */
		move(y - 1, 0);
		clrtoeol();
		draw_text(y - 1, 1, p->hint, strlen(p->hint), app->cols - 1,
			  app->theme.attr[ROLE_DETAILS]);
	}
	move(y, cursor_x);
}

/* Write into buf the article's file name (without its folders) and,
 * after it, its title when it has one that is not the name again: the
 * status line shows what room leaves of them. */
static const char *name_and_title(const struct app *app, char *buf, size_t size)
{
	const char *name = app->article->name, *slash = strrchr(name, '/');
	const char *title = app->article->meta.title;
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	strbuf_addstr(&sb, slash != NULL && slash[1] != '\0' ? slash + 1 : name);
	if (title != NULL && strcmp(title, name) != 0)
		strbuf_addf(&sb, " \xE2\x80\x94 %s", title);
	return buf;
}

/* What the left of the status line says: the message, else the open
 * form's question, else the selected text, else the file's name and
 * title. */
static const char *status_left(const struct app *app, char *buf, size_t size)
{
	const struct selection *sel = &app->selection;
	const char *question = annotate_form_question(app);

	if (app->message[0])
		return app->message;
	if (question != NULL)
		return question;
	if (sel->active) {
		snprintf(buf, size, "-- SELECT -- %.*s", (int)(sel->end - sel->start),
			 app->article->text + sel->start);
		return buf;
	}
	if (app_screen(app)->flags & SCREEN_UNTITLED)
		return "";
	return name_and_title(app, buf, size);
}

/* Append to sb the fields of a that depend on its kind. */
static void details_of_kind(const struct annotation *a, struct strbuf *sb)
{
	if (a->kind == KIND_QUOTE)
		strbuf_addf(sb, " | speaker: %s", a->speaker ? a->speaker : "?");
	if (a->kind == KIND_CLAIM)
		strbuf_addf(sb, " | %s", claim_status_names[a->claim]);
	if (a->kind == KIND_CORRECTION)
		strbuf_addf(sb, " %s %s | %s \xE2\x86\x92 %s%s",
			    correction_kind_names[a->correction_kind],
			    correction_status_names[a->correction_status], annotation_wrong_words(a),
			    a->replacement ? a->replacement : "",
			    a->anchor.state == ANCHOR_RESOLVED ? " (fixed in the file)" : "");
	if (a->anchor.state == ANCHOR_ORPHAN)
		strbuf_addf(sb, " | detached: was on \"%s\" in paragraph %u",
			    a->anchor.exact ? a->anchor.exact : "", (unsigned)a->anchor.paragraph);
	else if (a->anchor.state == ANCHOR_FUZZY)
		strbuf_addf(sb, " | %s, was: %s", anchor_state_names[a->anchor.state],
			    a->anchor.old_exact ? a->anchor.old_exact : "");
}

/* What add_dismissal appends to and leaves out. */
struct dismissals {
	struct strbuf *sb;
	const char *user;	/* the user's own dismissal hides it: not shown */
	int count;
};

/* Append one standing dismissal by someone else to the details:
 * " | dismissed by REVIEWER: REASON", more joined by "; "
 * (store_dismissals' callback). */
static int add_dismissal(void *context, const char *reviewer, const char *reason,
			 const char *at)
{
	struct dismissals *d = context;

	(void)at;
	if (d->user != NULL && strcmp(reviewer, d->user) == 0)
		return 0;
	strbuf_addstr(d->sb, d->count++ ? "; " : " | dismissed by ");
	strbuf_addstr(d->sb, reviewer);
	if (reason != NULL && reason[0] != '\0')
		strbuf_addf(d->sb, ": %s", reason);
	return 0;
}

/* Append to sb who else dismissed a and why, as `tanda list` shows it
 * (nothing when the store cannot say). */
static void details_dismissed(const struct app *app, const struct annotation *a,
			      struct strbuf *sb)
{
	struct dismissals d = { sb, app->author, 0 };
	struct tanda_error err;

	if (app->store != NULL)
		(void)store_dismissals(app->store, a->id, add_dismissal, &d, &err);
}

/* Append to sb the details of overlay item i: kind, status, speaker, who
 * else dismissed it and why, tags, note, author and time (local, with its
 * zone). */
static void details_text(const struct app *app, size_t item, struct strbuf *sb)
{
	const struct annotation *a = &app->overlay.items[item].a;
	char when[ZONE_TIME_SIZE];
	size_t i;

	strbuf_addf(sb, "%zu/%zu %s", item + 1, app->overlay.count,
		    annotation_kind_names[a->kind]);
	details_of_kind(a, sb);
	details_dismissed(app, a, sb);
	for (i = 0; i < a->ntags; i++)
		strbuf_addf(sb, "%s#%s", i ? " " : " | ", a->tags[i]);
	if (a->note != NULL)
		strbuf_addf(sb, " | note: %s", a->note);
	zone_format(a->modified, when, sizeof when);
	strbuf_addf(sb, " | %s %s", a->author ? a->author : "", when);
}

/* Draw an annotation's details (the current one's, or the list's
 * selected one's) on the line above the status line, when there is one. */
static void draw_details(const struct app *app)
{
	struct strbuf text = STRBUF_INIT;
	size_t item = app_detailed(app);
	int y = app_text_rows(app);

	if (item >= app->overlay.count || y >= app->rows - 1)
		return;
	details_text(app, item, &text);
	move(y, 0);
	clrtoeol();
	draw_text(y, 0, strbuf_str(&text), text.len, app->cols, app->theme.attr[ROLE_DETAILS]);
	strbuf_release(&text);
}

/* Draw the status line (or the open prompt) on the last row, search
 * being the search's place for its right side. */
static void draw_status(const struct app *app, const char *search)
{
	unsigned long attr = app->theme.attr[ROLE_STATUS];
	char selected[PROMPT_MAX];
	const char *left = status_left(app, selected, sizeof selected);
	char right[256];
	int right_width, left_width;

	if (prompt_is_open(&app->prompt)) {
		draw_prompt(app);
		return;
	}
	clear_status_row(app, attr);
	if (!app->message[0] && annotate_form_question(app) != NULL) {
		draw_text(app->rows - 1, 0, left, strlen(left), app->cols, attr);
		return;	/* a question takes the whole line */
	}
	/* a message needs the room more than the search's place */
	status_position(app, app->message[0] ? "" : search, right, sizeof right);
	right_width = wrap_text_width(right, strlen(right));
	if (right_width > app->cols)
		right_width = app->cols;
	left_width = app->cols - right_width - 1;
	if (left != NULL && left_width > 0)
		draw_text(app->rows - 1, 1, left, strlen(left), left_width - 1,
			  app->message[0] && app->message_is_error ? app->theme.attr[ROLE_ERROR] : attr);
	draw_text(app->rows - 1, app->cols - right_width, right, strlen(right), right_width, attr);
}

/* Draw the "too small" notice on a tiny window. */
static void draw_too_small(const struct app *app)
{
	static const char notice[] = "window too small";

	erase();
	if (app->rows > 0)
		draw_text(0, 0, notice, sizeof notice - 1, app->cols, A_BOLD);
}

void draw_frame(struct app *app)
{
	const struct screen *screen = app_screen(app);
	char search[STATUS_PATTERN_MAX + 64];

	if (app_too_small(app)) {
		draw_too_small(app);
		return;
	}
	app_clear_hits(app);
	screen->draw(app, app_top_state(app));
	draw_details(app);
	search_position(app, search, sizeof search);
	draw_status(app, search);
}
