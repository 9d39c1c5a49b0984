/*
 * yaml-import.h - importing an annotation set (the YAML format of
 * man/tanda-yaml.5, as `tanda export` and other tools write it) into the
 * store: read as a stream of libyaml events, validated, merged by
 * annotation id (merge.h), in one transaction per file, so that a file
 * that fails changes nothing.
 *
 * With options->speaks_for the set speaks only for that author: an
 * annotation or tombstone by another author (or under the id of another
 * author's annotation) and a decision by another reviewer are refused one
 * by one, with a notice each, and no correction's status is taken from
 * the set (a status is its decisions').  Any set: a `modified` or a
 * decision's time more than a day ahead of the clock is refused for that
 * record.
 *
 * Articles not yet stored are created from the set's `text`, or kept
 * pending without it.  Annotations whose `exact` is not at `start`/`end`
 * of a known text are re-anchored (exact, fuzzy or orphan) and reported.
 */
#ifndef TANDA_YAML_IMPORT_H
#define TANDA_YAML_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "merge.h"
#include "store.h"

/* What an import did with an article of the set. */
enum yaml_import_fate {
	IMPORT_ARTICLE_KNOWN,		/* already stored */
	IMPORT_ARTICLE_ADDED,		/* created from the set's text */
	IMPORT_ARTICLE_PENDING,		/* created without its text: pending */
	IMPORT_ARTICLE_COMPLETED,	/* was pending; the set gave its text */
	IMPORT_ARTICLE_FATES
};

/* How reports name the fates: "known", "added", ... */
extern const char *const yaml_import_fate_names[IMPORT_ARTICLE_FATES];

/* The report of one article of a set, in the order of the set. */
struct yaml_import_article {
	char sha256[65];
	char *title;				/* as the set gives it, or NULL */
	enum yaml_import_fate fate;
	size_t outcomes[MERGE_OUTCOMES];	/* annotations by outcome */
	size_t reanchored;			/* annotations moved to their text */
	size_t anchored[ANCHOR_STATE_COUNT];	/* how those landed: exact, fuzzy... */
	size_t decisions;			/* review decisions new to the store */
	size_t decisions_refused;		/* decisions not taken (trust, time) */
};

/* The report of one set. */
struct yaml_import_result {
	struct yaml_import_article *articles;
	size_t count, cap;
	size_t skipped;		/* annotations left out (W3C: no quote, a reply...) */
};

/* How to import. */
struct yaml_import_options {
	uint64_t max_size;		/* the largest file read */
	int dry_run;			/* work it all out, then roll back */
	int regular_only;		/* read only a regular file, never through a
					 * link (a folder others write to) */
	const char *speaks_for;		/* the trust rule: the file name (safename.h)
					 * of the one author this set speaks for;
					 * NULL: the set is trusted whole */
	const char *const *author_map;	/* OLD, NEW, OLD, NEW...: renamed authors */
	size_t author_pairs;
	/* Called with a one-line message for each annotation re-anchored or
	 * in conflict (may be NULL). */
	void (*notice)(void *context, const char *message);
	void *context;
};

/* The default options: 1 GiB, writing, no renames, no notices. */
void yaml_import_options_init(struct yaml_import_options *options);

/*
 * Import the set in the file at path ("-" for standard input): validate
 * and merge it in one transaction, committed unless options->dry_run.  On
 * success result (zeroed first; free with yaml_import_result_free) says
 * what happened to each article.  Fails with TANDA_ENOINPUT (missing or
 * unreadable), TANDA_EDATA (not an annotation set, or invalid:
 * "FILE:LINE:COLUMN: FIELD: what is wrong"), TANDA_EIO, or the store's
 * failures; then the store is as it was.
 */
enum tanda_status yaml_import_file(struct store *store, const char *path,
				   const struct yaml_import_options *options,
				   struct yaml_import_result *result, struct tanda_error *err);

/* Import the size bytes at bytes as yaml_import_file does, name naming
 * them in messages. */
enum tanda_status yaml_import_bytes(struct store *store, const char *name, const char *bytes,
				    size_t size, const struct yaml_import_options *options,
				    struct yaml_import_result *result, struct tanda_error *err);

/* Rename the author (and reviewer) of a by options' author map (what
 * every importer does to an annotation read); 0, or -1 when out of memory. */
int yaml_import_map_authors(const struct yaml_import_options *options, struct annotation *a);

/* The trust rule as every importer applies it to one file's records
 * (yaml_import_trust_init, then yaml_import_refusal for each). */
struct yaml_import_trust {
	const struct yaml_import_options *options;
	char ahead[ANNOTATION_TIME_SIZE];	/* a day from now: later is refused */
	char *last_author;	/* the last author judged, and how */
	int last_own;
};

/* Start applying options' trust rule, the clock read now. */
void yaml_import_trust_init(struct yaml_import_trust *trust,
			    const struct yaml_import_options *options);

/* Free what trust holds. */
void yaml_import_trust_release(struct yaml_import_trust *trust);

/* Why a record by author made at `at` is refused (into why), or NULL:
 * made more than a day ahead of the clock, or (under the trust rule) by
 * someone the set does not speak for; what names the record ("by",
 * "decided by"). */
const char *yaml_import_refusal(struct yaml_import_trust *trust, const char *author,
				const char *at, const char *what, char *why, size_t size);

/* A set trusted whole is taken at its word: the review its correction a
 * (merged, new or updated) carries (reviewed_by, reviewed_at, an accepted,
 * rejected or published status) becomes that reviewer's decision, so that
 * its status stands as the decisions stored make it; *added counts the
 * decisions new to the store. */
enum tanda_status yaml_import_review_as_decision(struct store *store, const struct annotation *a,
						 size_t *added, struct tanda_error *err);

/* Free what a result holds and zero it. */
void yaml_import_result_free(struct yaml_import_result *result);

#endif
