/*
 * apply.h - publishing corrections: the article's file with its accepted
 * corrections made in its own bytes, and the dated correction notice that
 * goes under it, in the article's language and layout (`tanda apply`,
 * man/tanda.1); written whole, or as a unified diff against the file.
 *
 * Plain text work on a loaded article: which corrections to publish, and
 * marking them published, is the verb's business (cli/cmd-apply.c, with
 * the store); nothing here knows SQLite.
 */
#ifndef TANDA_APPLY_H
#define TANDA_APPLY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "article.h"
#include "error.h"

struct strbuf;

/* One correction to publish; its strings are borrowed. */
struct apply_change {
	const char *id;		/* the annotation's id, for messages */
	uint64_t start, end;	/* code points of the normalized text, end exclusive */
	uint32_t paragraph;	/* 1-based, for messages */
	const char *wrong;	/* the words it corrects */
	const char *right;	/* what replaces them ("" removes them; NULL: none given) */
	int in_text;		/* already made by an edit: [start, end) holds right,
				 * and the change is only announced */
};

/* A day of the calendar. */
struct apply_date {
	int year, month, day;	/* month 1-12, day 1-31 */
};

/* The languages a notice is written in. */
enum apply_language {
	APPLY_INDONESIAN,
	APPLY_ENGLISH,
	APPLY_LANGUAGE_COUNT
};

/* What heads the notice. */
struct apply_notice {
	enum apply_language language;
	struct apply_date date;
};

/* Parse a date written YYYY-MM-DD (one that exists) into *date; 0 on
 * success, -1 otherwise. */
int apply_parse_date(const char *text, struct apply_date *date);

/* The date of the moment when in the local time zone (TZ). */
void apply_date_at(time_t when, struct apply_date *date);

/* Today's date in the local time zone (TZ): a notice written at 01:42 in
 * Jakarta is dated that day, not the day before as in UTC. */
void apply_today(struct apply_date *date);

/* The language of the notice for an article in language (a code such as
 * "id", "id-ID" or "en"; NULL when unknown): Indonesian for id, English
 * for anything else. */
enum apply_language apply_language_of(const char *language);

/*
 * Put changes[count] in text order (by start, end, then id) and check
 * that they can be made in article's text: each has a replacement without
 * a line break, its words are at its place (the wrong words, or for one
 * already made the right ones) and begin and end between whole characters
 * (grapheme clusters: a correction never takes a letter from its
 * combining accent), and no two overlap.  Fails with
 * TANDA_EDATA naming the correction (both, for an overlap: their words,
 * paragraphs and ids).
 */
enum tanda_status apply_check(struct article *article, struct apply_change *changes,
			      size_t count, struct tanda_error *err);

/*
 * Append the notice of changes[count] (checked, so in text order) to out,
 * as one line without its line break: the heading with the date and, for
 * each change, one sentence saying what the article said and what is
 * right.
 */
void apply_notice_text(const struct apply_change *changes, size_t count,
		       const struct apply_notice *notice, struct strbuf *out);

/*
 * Write to out (called out_name in messages) article's file with
 * changes[count] (checked by apply_check) made in its bytes: of each
 * correction's words only the part that differs from its replacement is
 * replaced, and everything else (a byte-order mark, the front matter, line
 * breaks, wrapping, CR LF) is written as it was.  Then, when count > 0,
 * the notice as a paragraph of the article's layout: after a blank line
 * when its paragraphs are apart, wrapped at the width its lines are
 * wrapped at, with its line endings.  (An article whose file was not kept,
 * see article_options.keep_source, is written from its normalized text.)
 * Fails with TANDA_ENOMEM, or TANDA_EIO when out reports an error.
 */
enum tanda_status apply_write(struct article *article, const struct apply_change *changes,
			      size_t count, const struct apply_notice *notice, FILE *out,
			      const char *out_name, struct tanda_error *err);

/* Write to out, instead, the unified diff from article's file to what
 * apply_write writes (both named after the article, so that patch(1)
 * applies it to the file); nothing when nothing changes. */
enum tanda_status apply_write_diff(struct article *article, const struct apply_change *changes,
				   size_t count, const struct apply_notice *notice, FILE *out,
				   const char *out_name, struct tanda_error *err);

#endif
