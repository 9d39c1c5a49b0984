/*
 * apply.c - the corrected text and the correction notice: checking that
 * the corrections can be made (in order, in place, apart), writing the
 * text with them made in the article's layout, and the notice in the
 * words of its language (one table, below).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apply.h"
#include "frontmatter.h"
#include "unicode.h"

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

void apply_today(struct apply_date *date)
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	date->year = tm.tm_year + 1900;
	date->month = tm.tm_mon + 1;
	date->day = tm.tm_mday;
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

void apply_write_notice(const struct apply_change *changes, size_t count,
			const struct apply_notice *notice, FILE *out)
{
	const struct notice_words *w = &notice_words[notice->language];
	char date[64];
	size_t i;

	w->date(&notice->date, date, sizeof date);
	fprintf(out, "%s (%s):%s", w->heading, date, w->lead);
	for (i = 0; i < count; i++) {
		const struct apply_change *c = &changes[i];

		fprintf(out, "%s \"%s\"", i == 0 ? w->said_first : w->said_next, c->wrong);
		if (c->right[0] != '\0')
			fprintf(out, "%s \"%s\".", w->is, c->right);
		else
			fputs(w->removed, out);
	}
}

/* Write bytes [from, to) of article's text to out, with a blank line
 * between paragraphs when blocks: each newline but the text's last
 * doubled. */
static void write_span(const struct article *article, size_t from, size_t to, int blocks,
		       FILE *out)
{
	const char *text = article->text;
	const char *nl;

	while (blocks && from < to && (nl = memchr(text + from, '\n', to - from)) != NULL) {
		size_t at = (size_t)(nl - text);

		fwrite(text + from, 1, at + 1 - from, out);
		if (at + 1 < article->text_len)
			fputc('\n', out);
		from = at + 1;
	}
	fwrite(text + from, 1, to - from, out);
}

/* Write the text with the changes made; 0 on success, -1 when out of
 * memory. */
static int write_text(struct article *article, const struct apply_change *changes,
		      size_t count, FILE *out)
{
	int blocks = article->layout == ARTICLE_LAYOUT_BLOCKS;
	size_t i, at = 0, from, to;

	for (i = 0; i < count; i++) {
		if (changes[i].in_text)
			continue;
		if (change_bytes(article, &changes[i], &from, &to) != 0)
			return -1;
		write_span(article, at, from, blocks, out);
		fputs(changes[i].right, out);
		at = to;
	}
	write_span(article, at, article->text_len, blocks, out);
	return 0;
}

enum tanda_status apply_write(struct article *article, const struct apply_change *changes,
			      size_t count, const struct apply_notice *notice, FILE *out,
			      const char *out_name, struct tanda_error *err)
{
	if (write_text(article, changes, count, out) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
	if (count > 0) {
		fputc('\n', out);
		apply_write_notice(changes, count, notice, out);
		fputc('\n', out);
	}
	if (ferror(out))
		return tanda_fail(err, TANDA_EIO, "%s: cannot write: %s", out_name,
				  strerror(errno ? errno : EIO));
	return TANDA_OK;
}
