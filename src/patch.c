/*
 * patch.c - the text with its edits made, and the unified diff between the
 * two.  The diff is made from the edits themselves, not by comparing the
 * texts: every line an edit touches is a changed line, whole; edits on one
 * line or on lines next to each other are one change; changes closer than
 * twice the context share a hunk, as diff -u shares them.
 */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "patch.h"
#include "strbuf.h"

/* A change: whole lines of the old text and the edits made in them. */
struct region {
	size_t from, to;	/* old bytes: from a line's start to a line's end */
	size_t line;		/* the 1-based old line number of from */
	size_t first, last;	/* the edits [first, last) */
};

/* What a diff is made of: the old text, the edits, the changes. */
struct differ {
	const char *old;
	size_t len;
	const struct patch_edit *edits;
	struct region *regions;
	size_t count, alloc;
};

/* What a hunk counts as it is written: lines of the old and new text. */
struct hunk {
	struct strbuf body;
	size_t old_lines, new_lines;
};

void patch_write(const char *old, size_t len, const struct patch_edit *edits, size_t count,
		 FILE *out)
{
	size_t i, at = 0;

	for (i = 0; i < count; i++) {
		fwrite(old + at, 1, edits[i].from - at, out);
		fwrite(edits[i].text, 1, edits[i].len, out);
		at = edits[i].to;
	}
	fwrite(old + at, 1, len - at, out);
}

/* The start of the line that holds byte pos, looked for no further back
 * than floor (a line's start). */
static size_t line_start(const char *s, size_t pos, size_t floor)
{
	while (pos > floor && s[pos - 1] != '\n')
		pos--;
	return pos;
}

/* The end of the line that holds byte pos: after its LF, or len. */
static size_t line_end(const char *s, size_t len, size_t pos)
{
	const char *nl = pos < len ? memchr(s + pos, '\n', len - pos) : NULL;

	return nl != NULL ? (size_t)(nl - s) + 1 : len;
}

/* The number of lines in bytes [from, to) of s, a last one without its LF
 * counted. */
static size_t count_lines(const char *s, size_t from, size_t to)
{
	size_t n = 0;
	const char *nl;

	while (from < to && (nl = memchr(s + from, '\n', to - from)) != NULL) {
		n++;
		from = (size_t)(nl - s) + 1;
	}
	return n + (from < to);
}

/* Whether edit e changes a byte of old. */
static int changes_something(const char *old, const struct patch_edit *e)
{
	return e->to - e->from != e->len || memcmp(old + e->from, e->text, e->len) != 0;
}

/* The old lines edit i touches: from the start of the line of its first
 * byte to the end of the line of its last (of the line it stands before,
 * for an insertion or an edit that ends with a line's LF).  The lines
 * before floor (the end of those gathered so far) are not looked through
 * again: an edit that starts there starts in them, so that many edits on
 * one long line cost one pass over it. */
static struct region touched(const struct differ *d, size_t i, size_t floor)
{
	const struct patch_edit *e = &d->edits[i];
	size_t last = e->to > e->from && d->old[e->to - 1] != '\n' ? e->to - 1 : e->to;
	struct region r = { .from = line_start(d->old, e->from, floor), .line = 0, .first = i,
			    .last = i + 1 };

	r.to = last < floor ? floor : line_end(d->old, d->len, last);
	return r;
}

/* Gather the edits that change something into regions, merging those on
 * the same or adjacent lines, each with its line number; TANDA_OK or
 * TANDA_ENOMEM. */
static enum tanda_status gather(struct differ *d, size_t count)
{
	size_t i, line = 1, counted = 0;

	for (i = 0; i < count; i++) {
		struct region r;

		if (!changes_something(d->old, &d->edits[i]))
			continue;
		r = touched(d, i, d->count > 0 ? d->regions[d->count - 1].to : 0);
		if (d->count > 0 && r.from <= d->regions[d->count - 1].to) {
			struct region *prev = &d->regions[d->count - 1];

			prev->to = r.to > prev->to ? r.to : prev->to;
			prev->last = r.last;
			continue;
		}
		if (GROW(d->regions, d->alloc, d->count + 1) != 0)
			return TANDA_ENOMEM;
		line += count_lines(d->old, counted, r.from);	/* r.from starts a line */
		counted = r.from;
		r.line = line;
		d->regions[d->count++] = r;
	}
	return TANDA_OK;
}

/* Append the lines of bytes [0, n) to h's body, each after prefix; a last
 * line without its LF gets one and, at the end of its file (at_end), the
 * mark that says it had none.  Counts them as old lines, new lines or
 * both (context). */
static void add_lines(struct hunk *h, char prefix, const char *bytes, size_t n, int at_end)
{
	size_t at = 0, lines = 0;

	while (at < n) {
		size_t end = line_end(bytes, n, at);

		strbuf_addch(&h->body, prefix);
		strbuf_add(&h->body, bytes + at, end - at);
		if (bytes[end - 1] != '\n')
			strbuf_addstr(&h->body, at_end ? "\n\\ No newline at end of file\n" : "\n");
		at = end;
		lines++;
	}
	h->old_lines += prefix != '+' ? lines : 0;
	h->new_lines += prefix != '-' ? lines : 0;
}

/* Append region r's lines, old then new, to h; TANDA_OK or
 * TANDA_ENOMEM. */
static enum tanda_status add_region(const struct differ *d, const struct region *r,
				    struct hunk *h)
{
	struct strbuf now = STRBUF_INIT;
	size_t i, at = r->from;
	int at_end = r->to == d->len;
	enum tanda_status status;

	for (i = r->first; i < r->last; i++) {
		const struct patch_edit *e = &d->edits[i];

		strbuf_add(&now, d->old + at, e->from - at);
		strbuf_add(&now, e->text, e->len);
		at = e->to;
	}
	strbuf_add(&now, d->old + at, r->to - at);
	add_lines(h, '-', d->old + r->from, r->to - r->from, at_end);
	add_lines(h, '+', now.buf ? now.buf : "", now.len, at_end);
	status = strbuf_ok(&now) ? TANDA_OK : TANDA_ENOMEM;
	strbuf_release(&now);
	return status;
}

/* The byte k lines before the line start pos (or 0), and how many lines
 * back that is in *n. */
static size_t lines_back(const char *s, size_t pos, size_t k, size_t *n)
{
	for (*n = 0; *n < k && pos > 0; (*n)++)
		pos = line_start(s, pos - 1, 0);
	return pos;
}

/* The byte k lines after the line start pos (or len). */
static size_t lines_on(const char *s, size_t len, size_t pos, size_t k)
{
	for (; k > 0 && pos < len; k--)
		pos = line_end(s, len, pos);
	return pos;
}

/* Write a hunk's line range as diff -u does: START alone for one line,
 * START,COUNT else, and for none the line before it. */
static void print_range(FILE *out, size_t start, size_t count)
{
	if (count == 1)
		fprintf(out, "%zu", start);
	else
		fprintf(out, "%zu,%zu", count == 0 ? start - 1 : start, count);
}

/* Write the hunk of regions [i, j), the new text's lines shifted by
 * *shift lines so far (updated); TANDA_OK or TANDA_ENOMEM. */
static enum tanda_status write_hunk(const struct differ *d, size_t i, size_t j, long *shift,
				    FILE *out)
{
	struct hunk h = { .body = STRBUF_INIT, .old_lines = 0, .new_lines = 0 };
	size_t k, before, from = lines_back(d->old, d->regions[i].from, PATCH_CONTEXT, &before);
	size_t after = lines_on(d->old, d->len, d->regions[j - 1].to, PATCH_CONTEXT);
	size_t start = d->regions[i].line - before;
	enum tanda_status status = TANDA_OK;

	add_lines(&h, ' ', d->old + from, d->regions[i].from - from, 0);
	for (k = i; k < j && status == TANDA_OK; k++) {
		size_t next = k + 1 < j ? d->regions[k + 1].from : after;

		status = add_region(d, &d->regions[k], &h);
		add_lines(&h, ' ', d->old + d->regions[k].to, next - d->regions[k].to,
			  next == d->len);
	}
	if (status == TANDA_OK && strbuf_ok(&h.body)) {
		fputs("@@ -", out);
		print_range(out, start, h.old_lines);
		fputs(" +", out);
		print_range(out, (size_t)((long)start + *shift), h.new_lines);
		fputs(" @@\n", out);
		fwrite(h.body.buf, 1, h.body.len, out);
		*shift += (long)h.new_lines - (long)h.old_lines;
	}
	if (status == TANDA_OK && !strbuf_ok(&h.body))
		status = TANDA_ENOMEM;
	strbuf_release(&h.body);
	return status;
}

/* Whether regions a and b (in that order) are close enough to share a
 * hunk: their contexts would meet. */
static int close_enough(const struct differ *d, const struct region *a, const struct region *b)
{
	return count_lines(d->old, a->to, b->from) <= 2 * PATCH_CONTEXT;
}

enum tanda_status patch_write_diff(const char *old, size_t len, const struct patch_edit *edits,
				   size_t count, const char *old_name, const char *new_name,
				   FILE *out)
{
	struct differ d = { .old = old, .len = len, .edits = edits, .regions = NULL, .count = 0,
			    .alloc = 0 };
	size_t i = 0, j;
	long shift = 0;
	enum tanda_status status = gather(&d, count);

	if (status == TANDA_OK && d.count > 0)
		fprintf(out, "--- %s\n+++ %s\n", old_name, new_name);
	while (status == TANDA_OK && i < d.count) {
		for (j = i + 1; j < d.count && close_enough(&d, &d.regions[j - 1], &d.regions[j]); j++)
			;
		status = write_hunk(&d, i, j, &shift, out);
		i = j;
	}
	free(d.regions);
	return status;
}
