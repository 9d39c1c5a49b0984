/*
 * check.h - what tanda's checks find in an article: date errors (a
 * weekday that does not match its date, an impossible date, a year far
 * after the publication's), name errors (one person spelled two ways, a
 * short name nobody introduced, a given name where the family name
 * belongs) and, with a people sheet, spellings, short names and offices
 * that disagree with it.  Plain C over the article model: no
 * curses, no SQLite.  Positions are bytes of the article's text; the
 * caller turns them into file lines and columns (article_file_position).
 */
#ifndef TANDA_CHECK_H
#define TANDA_CHECK_H

#include <stddef.h>

#include "article.h"
#include "error.h"

enum finding_kind {
	FINDING_DATE,		/* "date": a weekday, a date, a year */
	FINDING_NAME,		/* "name": a spelling, an introduction, a short name */
	FINDING_TITLE,		/* "title": an office the person did not hold then */
	FINDING_KIND_COUNT
};

/* A place in the text: bytes [start, end). */
struct finding_place {
	size_t start, end;
};

struct finding {
	enum finding_kind kind;
	size_t start, end;		/* the text found wrong: where a correction goes */
	char *message;			/* one line, without the file and position */
	char *replacement;		/* the suggested text for [start, end), or NULL */
	struct finding_place *places;	/* every place involved (the first is start, end) */
	size_t nplaces, places_alloc;
	int info;			/* information only: reported with --verbose */
};

struct findings {
	struct finding *items;		/* in text order once sorted */
	size_t count, alloc;
};

struct calendar_date;
struct dictionary;
struct people;

struct check_options {
	const char *published;	/* the publication date, YYYY-MM-DD, or NULL */
	const char *language;	/* "id" or "en", or NULL for the article's */
	struct dictionary *dictionary;	/* ordinary words (dictionary.h), shared
					 * by the articles of a run; NULL: the
					 * check opens its own */
	const struct people *people;	/* the newsroom's people sheet (people.h),
					 * or NULL */
};

/* The name of a kind of finding: "date", "name", "title". */
const char *finding_kind_name(enum finding_kind kind);

/* The publication date the checks read the article with: options->published,
 * else the front matter's, into *out; 1, or 0 (year 0) when there is none
 * or it is no date. */
int check_publication(const struct article *article, const struct check_options *options,
		      struct calendar_date *out);

/* An empty list. */
void findings_init(struct findings *f);

/* Free the list and its findings. */
void findings_free(struct findings *f);

/* Append a finding of kind on bytes [start, end) with message and
 * replacement (copied; NULL for none), its first place [start, end);
 * returns it (to add places or mark it info), or NULL when out of
 * memory. */
struct finding *findings_add(struct findings *f, enum finding_kind kind, size_t start,
			     size_t end, const char *message, const char *replacement);

/* Remove finding i of f (the others keep their order). */
void findings_remove(struct findings *f, size_t i);

/* Add place [start, end) to finding; 0 on success. */
int finding_add_place(struct finding *finding, size_t start, size_t end);

/* Sort the findings by start, then kind. */
void findings_sort(struct findings *f);

/* The language the checks read the article in: options->language, else
 * the article's ("id" or "en"; "id" when unknown). */
const char *check_language(const struct article *article, const struct check_options *options);

/* Append the date findings of article to out. */
enum tanda_status check_dates(const struct article *article, const struct check_options *options,
			      struct findings *out, struct tanda_error *err);

/* Append the name findings of article to out. */
enum tanda_status check_names(const struct article *article, const struct check_options *options,
			      struct findings *out, struct tanda_error *err);

#endif
