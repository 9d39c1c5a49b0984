/*
 * apply.c - the corrected article and the correction notice: checking
 * that the corrections can be made (in order, in place, apart), the
 * notice in the words of its language (one table, below), and the
 * article's file with the corrections made in its own bytes and the notice
 * added in its own layout, as edits (patch.h) written whole or as a diff.
 *
 * Only what was corrected changes: each correction's words are found in
 * the file (article_file_offsets), and of them only the part that differs
 * from the replacement is replaced, so that a correction across a wrapped
 * line keeps the line break; the front matter, the byte-order mark, the
 * line endings and every other byte stay as they were.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apply.h"
#include "frontmatter.h"
#include "grow.h"
#include "patch.h"
#include "scan.h"
#include "strbuf.h"
#include "unicode.h"
#include "zone.h"

/* Write the date of a notice into buf. */
typedef void date_fn(const struct apply_date *date, char *buf, size_t size);

/* The words of a notice in one language; each sentence is
 * said_first|said_next "WRONG" then is "RIGHT". or removed. */
struct notice_words {
	date_fn *date;
	const char *heading;		/* before " (DATE):" */
	const char *lead;		/* after it, once */
	const char *said_first;		/* the first change's sentence */
	const char *said_next;		/* the others' */
	const char *is;			/* before the right words */
	const char *removed;		/* a change that takes words out */
};

/* The date as Indonesian newspapers write it: 26/11/2026. */
static void date_indonesian(const struct apply_date *d, char *buf, size_t size)
{
	snprintf(buf, size, "%02d/%02d/%04d", d->day, d->month, d->year);
}

/* The date as English newspapers write it: November 26, 2026. */
static void date_english(const struct apply_date *d, char *buf, size_t size)
{
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
	};

	snprintf(buf, size, "%s %d, %d", months[(d->month - 1) % 12], d->day, d->year);
}

/* The notices' words, by language (see man/tanda.1, apply). */
static const struct notice_words notice_words[APPLY_LANGUAGE_COUNT] = {
	[APPLY_INDONESIAN] = { date_indonesian, "Koreksi", " Artikel ini telah diperbarui.",
			       " Sebelumnya tertulis", " Sebelumnya juga tertulis",
			       "; yang benar adalah", "; bagian itu telah dihapus." },
	[APPLY_ENGLISH] = { date_english, "Correction", "",
			    " An earlier version of this article said", " It also said",
			    "; it is", "; that has been removed." },
};

int apply_parse_date(const char *text, struct apply_date *date)
{
	if (strlen(text) != 10 || !frontmatter_is_iso_date(text))
		return -1;
	date->year = atoi(text);
	date->month = atoi(text + 5);
	date->day = atoi(text + 8);
	return 0;
}

void apply_date_at(time_t when, struct apply_date *date)
{
	zone_date_at(when, &date->year, &date->month, &date->day);
}

void apply_today(struct apply_date *date)
{
	apply_date_at(time(NULL), date);
}

enum apply_language apply_language_of(const char *language)
{
	if (language != NULL && unicode_lower((unsigned char)language[0]) == 'i' &&
	    unicode_lower((unsigned char)language[1]) == 'd' &&
	    (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
		return APPLY_INDONESIAN;
	return APPLY_ENGLISH;
}

/* Order two changes by start, end, then id (for qsort). */
static int compare_changes(const void *pa, const void *pb)
{
	const struct apply_change *a = pa, *b = pb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(a->id ? a->id : "", b->id ? b->id : "");
}

/* The byte offsets of c's code points in article's text into *from and
 * *to; 0 on success, -1 when out of memory. */
static int change_bytes(struct article *article, const struct apply_change *c, size_t *from,
			size_t *to)
{
	*from = article_byte_from_cp(article, (size_t)c->start);
	*to = article_byte_from_cp(article, (size_t)c->end);
	return *from == (size_t)-1 || *to == (size_t)-1 ? -1 : 0;
}

/* Check that c has a replacement that keeps its paragraph one line and
 * that its words (the right ones when in_text) stand at its place. */
static enum tanda_status check_one(struct article *article, const struct apply_change *c,
				   struct tanda_error *err)
{
	const char *words = c->in_text ? c->right : c->wrong;
	size_t from, to;

	if (c->right == NULL)
		return tanda_fail(err, TANDA_EDATA, "%s: correction %s (paragraph %u, \"%s\") "
				  "has no replacement", article->name, c->id, (unsigned)c->paragraph,
				  c->wrong);
	if (strpbrk(c->right, "\r\n") != NULL)
		return tanda_fail(err, TANDA_EDATA, "%s: correction %s (paragraph %u, \"%s\"): "
				  "its replacement has a line break", article->name, c->id,
				  (unsigned)c->paragraph, c->wrong);
	if (change_bytes(article, c, &from, &to) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
	if (words == NULL || c->start > c->end || to - from != strlen(words) ||
	    memcmp(article->text + from, words, to - from) != 0)
		return tanda_fail(err, TANDA_EDATA, "%s: correction %s (paragraph %u, \"%s\"): "
				  "its words are not at its place in the text", article->name, c->id,
				  (unsigned)c->paragraph, c->wrong ? c->wrong : "");
	if (!unicode_is_grapheme_boundary(article->text, article->text_len, from) ||
	    !unicode_is_grapheme_boundary(article->text, article->text_len, to))
		return tanda_fail(err, TANDA_EDATA, "%s: correction %s (paragraph %u, \"%s\"): "
				  "its words split a character (a letter and its combining mark, "
				  "a flag, an emoji sequence); correct the whole character",
				  article->name, c->id, (unsigned)c->paragraph, c->wrong);
	return TANDA_OK;
}

/* Fail for the overlapping changes a and b. */
static enum tanda_status overlap(const struct article *article, const struct apply_change *a,
				 const struct apply_change *b, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA, "%s: corrections overlap: \"%s\" (paragraph %u, %s) "
			  "and \"%s\" (paragraph %u, %s)", article->name, a->wrong,
			  (unsigned)a->paragraph, a->id, b->wrong, (unsigned)b->paragraph, b->id);
}

enum tanda_status apply_check(struct article *article, struct apply_change *changes,
			      size_t count, struct tanda_error *err)
{
	enum tanda_status status;
	size_t i;

	if (count > 1)
		qsort(changes, count, sizeof *changes, compare_changes);
	for (i = 0; i < count; i++) {
		if ((status = check_one(article, &changes[i], err)) != TANDA_OK)
			return status;
		if (i > 0 && changes[i].start < changes[i - 1].end)
			return overlap(article, &changes[i - 1], &changes[i], err);
	}
	return TANDA_OK;
}

void apply_notice_text(const struct apply_change *changes, size_t count,
		       const struct apply_notice *notice, struct strbuf *out)
{
	const struct notice_words *w = &notice_words[notice->language];
	char date[64];
	size_t i;

	w->date(&notice->date, date, sizeof date);
	strbuf_addf(out, "%s (%s):%s", w->heading, date, w->lead);
	for (i = 0; i < count; i++) {
		const struct apply_change *c = &changes[i];

		strbuf_addf(out, "%s \"%s\"", i == 0 ? w->said_first : w->said_next, c->wrong);
		if (c->right[0] != '\0')
			strbuf_addf(out, "%s \"%s\".", w->is, c->right);
		else
			strbuf_addstr(out, w->removed);
	}
}

/* The corrected article as edits to its file: the file's bytes (or, when
 * they were not kept, the normalized text), the edits, and the bytes added
 * at its end (the notice). */
struct revision {
	const char *file;
	size_t len;
	int is_file;		/* file is the file's bytes, not the text */
	struct patch_edit *edits;
	size_t count, alloc;
	size_t *offsets;	/* two per edit: where it starts and ends */
	size_t offsets_alloc;
	struct strbuf tail;
};

/* Whether byte b continues a UTF-8 sequence. */
static int continues(char b)
{
	return ((unsigned char)b & 0xC0) == 0x80;
}

/* The bytes wrong[0, n) and right[0, n) share, cut back to a character
 * boundary of both. */
static size_t shared_prefix(const char *wrong, size_t lw, const char *right, size_t lr)
{
	size_t n = 0;

	while (n < lw && n < lr && wrong[n] == right[n])
		n++;
	while (n > 0 && ((n < lw && continues(wrong[n])) || (n < lr && continues(right[n]))))
		n--;
	return n;
}

/* The bytes at the ends of wrong[lw] and right[lr] they share, at most
 * max, cut back to a character boundary of both. */
static size_t shared_suffix(const char *wrong, size_t lw, const char *right, size_t lr,
			    size_t max)
{
	size_t n = 0;

	while (n < max && wrong[lw - 1 - n] == right[lr - 1 - n])
		n++;
	while (n > 0 && (continues(wrong[lw - n]) || continues(right[lr - n])))
		n--;
	return n;
}

/* Add the edit of change c (not made yet) to r: the part of its words
 * that differs from its replacement, as bytes of the text for now;
 * TANDA_OK or TANDA_ENOMEM. */
static enum tanda_status add_change(struct article *article, const struct apply_change *c,
				    struct revision *r)
{
	size_t from, to, lw, lr, head, tail;
	struct patch_edit *e;

	if (change_bytes(article, c, &from, &to) != 0 ||
	    GROW(r->edits, r->alloc, r->count + 1) != 0 ||
	    GROW(r->offsets, r->offsets_alloc, 2 * r->count + 2) != 0)
		return TANDA_ENOMEM;
	lw = to - from;
	lr = strlen(c->right);
	head = shared_prefix(article->text + from, lw, c->right, lr);
	tail = shared_suffix(article->text + from, lw, c->right, lr,
			     (lw < lr ? lw : lr) - head);
	e = &r->edits[r->count];
	e->text = c->right + head;
	e->len = lr - head - tail;
	r->offsets[2 * r->count] = from + head;
	r->offsets[2 * r->count + 1] = to - tail;
	r->count++;
	return TANDA_OK;
}

/* Add the edits of changes[count] to r, placed in the file; TANDA_OK or
 * TANDA_ENOMEM. */
static enum tanda_status add_changes(struct article *article,
				     const struct apply_change *changes, size_t count,
				     struct revision *r)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (!changes[i].in_text && add_change(article, &changes[i], r) != TANDA_OK)
			return TANDA_ENOMEM;
	if (r->is_file && r->count > 0)
		article_file_offsets(article, r->offsets, 2 * r->count);
	for (i = 0; i < r->count; i++) {
		r->edits[i].from = r->offsets[2 * i];
		r->edits[i].to = r->offsets[2 * i + 1];
	}
	return TANDA_OK;
}

/* The line ending of r's file: that of its first line (LF when it has
 * one line or none). */
static const char *line_ending(const struct revision *r)
{
	const char *nl = memchr(r->file, '\n', r->len);
	const char *cr = memchr(r->file, '\r', nl != NULL ? (size_t)(nl - r->file) : r->len);

	if (cr == NULL)
		return "\n";
	return cr + 1 == nl ? "\r\n" : "\r";
}

/* The length of the line ending that r's bytes [0, len) end with (0 for
 * none). */
static size_t ending_at(const struct revision *r, size_t len)
{
	if (len >= 2 && r->file[len - 2] == '\r' && r->file[len - 1] == '\n')
		return 2;
	return len >= 1 && (r->file[len - 1] == '\n' || r->file[len - 1] == '\r');
}

/* Whether the article's paragraphs are apart by a blank line: always in
 * blocks, and for lines when the last two are. */
static int blank_between(const struct article *a)
{
	return a->layout == ARTICLE_LAYOUT_BLOCKS ||
	       (a->count >= 2 && a->paragraphs[a->count - 1].line > a->paragraphs[a->count - 2].line + 1);
}

/* The width, in characters, that the article's file is wrapped at: its
 * widest line of SCAN_NARROW_WIDTH characters or fewer, from its first
 * paragraph on, when its paragraphs span lines (blocks of more lines than
 * paragraphs); 0 when it is not wrapped. */
static size_t wrap_width(struct article *a, const struct revision *r)
{
	size_t from = 0, at, widest = 0, width = 0, lines = 0;

	if (!r->is_file || a->layout != ARTICLE_LAYOUT_BLOCKS || a->count == 0)
		return 0;
	article_file_offsets(a, &from, 1);
	for (at = from; at <= r->len; at++) {
		if (at < r->len && r->file[at] != '\n' && r->file[at] != '\r') {
			width += !continues(r->file[at]);
			continue;
		}
		lines += width > 0;
		if (width <= SCAN_NARROW_WIDTH && width > widest)
			widest = width;
		width = 0;
	}
	return lines > a->count ? widest : 0;
}

/* Append text (words one space apart) to out in lines of at most width
 * characters (a longer word alone), each but the last ending with eol;
 * width 0: one line. */
static void add_wrapped(struct strbuf *out, const char *text, size_t width, const char *eol)
{
	size_t used = 0;

	while (*text != '\0') {
		size_t len = strcspn(text, " "), chars = 0, i;

		for (i = 0; i < len; i++)
			chars += !continues(text[i]);
		if (used > 0 && width > 0 && used + 1 + chars > width) {
			strbuf_addstr(out, eol);
			used = 0;
		} else if (used > 0) {
			strbuf_addch(out, ' ');
			used++;
		}
		strbuf_add(out, text, len);
		used += chars;
		text += len + (text[len] == ' ');
	}
}

/* Put the notice of changes[count] at the end of r's file, in the
 * article's layout and line endings: after a line break (when the file
 * lacks its last one) and a blank line (when paragraphs are apart and
 * the file does not end with one), wrapped as the file is, ending as the
 * file ends (with a line break or without); TANDA_OK or TANDA_ENOMEM. */
static enum tanda_status add_notice(struct article *a, const struct apply_change *changes,
				    size_t count, const struct apply_notice *notice,
				    struct revision *r)
{
	struct strbuf sentence = STRBUF_INIT;
	const char *eol = line_ending(r);
	size_t end = ending_at(r, r->len);
	int ok;

	apply_notice_text(changes, count, notice, &sentence);
	if (r->len > 0 && end == 0)
		strbuf_addstr(&r->tail, eol);
	if (r->len > 0 && blank_between(a) && (end == 0 || ending_at(r, r->len - end) == 0))
		strbuf_addstr(&r->tail, eol);
	add_wrapped(&r->tail, sentence.buf ? sentence.buf : "", wrap_width(a, r), eol);
	if (r->len == 0 || end > 0)
		strbuf_addstr(&r->tail, eol);
	ok = strbuf_ok(&sentence) && strbuf_ok(&r->tail) &&
	     GROW(r->edits, r->alloc, r->count + 1) == 0;
	strbuf_release(&sentence);
	if (!ok)
		return TANDA_ENOMEM;
	r->edits[r->count++] = (struct patch_edit){ .from = r->len, .to = r->len,
						    .text = r->tail.buf, .len = r->tail.len };
	return TANDA_OK;
}

/* Make r, the revision of article with changes[count] made and their
 * notice added (none when count is 0). */
static enum tanda_status revise(struct article *article, const struct apply_change *changes,
				size_t count, const struct apply_notice *notice,
				struct revision *r, struct tanda_error *err)
{
	*r = (struct revision){ .file = NULL, .edits = NULL, .offsets = NULL };
	strbuf_init(&r->tail);
	r->file = article_file_bytes(article, &r->len);
	r->is_file = r->file != NULL;
	if (!r->is_file) {
		r->file = article->text;
		r->len = article->text_len;
	}
	if (add_changes(article, changes, count, r) != TANDA_OK ||
	    (count > 0 && add_notice(article, changes, count, notice, r) != TANDA_OK))
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
	return TANDA_OK;
}

/* Free what r holds. */
static void revision_release(struct revision *r)
{
	free(r->edits);
	free(r->offsets);
	strbuf_release(&r->tail);
}

/* Write the revision of article with changes[count] and their notice to
 * out: whole, or as the diff from its file. */
static enum tanda_status write_revision(struct article *article,
					const struct apply_change *changes, size_t count,
					const struct apply_notice *notice, int diff, FILE *out,
					const char *out_name, struct tanda_error *err)
{
	struct revision r;
	enum tanda_status status = revise(article, changes, count, notice, &r, err);

	if (status == TANDA_OK && !diff)
		patch_write(r.file, r.len, r.edits, r.count, out);
	else if (status == TANDA_OK &&
		 patch_write_diff(r.file, r.len, r.edits, r.count, article->name, article->name,
				  out) != TANDA_OK)
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
	if (status == TANDA_OK && ferror(out))
		status = tanda_fail(err, TANDA_EIO, "%s: cannot write: %s", out_name,
				    strerror(errno ? errno : EIO));
	revision_release(&r);
	return status;
}

enum tanda_status apply_write(struct article *article, const struct apply_change *changes,
			      size_t count, const struct apply_notice *notice, FILE *out,
			      const char *out_name, struct tanda_error *err)
{
	return write_revision(article, changes, count, notice, 0, out, out_name, err);
}

enum tanda_status apply_write_diff(struct article *article, const struct apply_change *changes,
				   size_t count, const struct apply_notice *notice, FILE *out,
				   const char *out_name, struct tanda_error *err)
{
	return write_revision(article, changes, count, notice, 1, out, out_name, err);
}
