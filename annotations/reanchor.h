/*
 * reanchor.h - opening an article in the store: which stored article it
 * is, recording it, and carrying over the annotations of the stored
 * article it is a revision of; or, for the verbs that only read, where
 * those annotations would land, computed in memory.
 *
 * An article is found by its content (the SHA-256 of its normalized
 * text), or as a revision of a stored article: the one last opened at
 * the same canonical absolute path (realpath), or with the same url or id
 * in the front matter; never by a guessed title, an empty field or a
 * relative path.  A file at the path of a stored article whose text keeps
 * less than half of that article's paragraphs (align_kinship) is another
 * article that took its place: nothing is carried over.
 */
#ifndef TANDA_REANCHOR_H
#define TANDA_REANCHOR_H

#include <stddef.h>

#include "article.h"
#include "store.h"

/* The ids of the unfit annotations a report names (the rest are counted). */
#define REANCHOR_UNFIT_NAMED 8

/* How an opened article stands to the stored ones. */
enum reanchor_relation {
	REANCHOR_SAME,		/* stored, or new: nothing to carry */
	REANCHOR_REVISION,	/* a revision of a stored article: its annotations carried */
	REANCHOR_REPLACED,	/* at the path of a stored article, but another article */
};

/* What opening an article found and did. */
struct reanchor_report {
	enum reanchor_relation relation;
	enum store_revision_key key;		/* what made it a revision (or replaced) */
	struct store_article previous;		/* that article (reanchor_report_clear) */
	double kinship;				/* for a path: the share of its paragraphs kept */
	size_t moved;				/* annotations carried over */
	size_t by_state[ANCHOR_STATE_COUNT];	/* exact, fuzzy, orphan, resolved */
	size_t unfit;				/* a set's positions that did not fit its text */
	char unfit_ids[REANCHOR_UNFIT_NAMED][ANNOTATION_ID_SIZE];	/* the first ones */
	int in_memory;				/* reanchor_preview: the list holds them */
};

/* How much opening an article writes. */
enum reanchor_mode {
	REANCHOR_VISIT,		/* always record it (path, last opened): the reader */
	REANCHOR_IF_NEEDED,	/* only when it is new, moved, or has annotations to carry */
};

/* The canonical absolute path of the file at path (realpath), as the
 * store keeps it; path itself when it is a URL (fetch_is_url: the page's
 * place, never a file name) or absolute but cannot be resolved (gone); NULL for standard input ("-" or NULL), a relative path that
 * cannot be resolved, or when out of memory.  Caller frees. */
char *reanchor_canonical_path(const char *path);

/*
 * Record article as opened from path (NULL or "-": standard input) and,
 * all in one transaction: give a pending article's annotations (from a
 * set, before its text) that do not fit the text the orphan state
 * (report->unfit); carry over the annotations of the stored article it is
 * a revision of (relocate.h); or, when it took the place of another
 * article at its path, forget that article's path.  With
 * REANCHOR_IF_NEEDED an article already stored at path, with nothing to
 * carry, is left as it is and nothing is written.  report (may be NULL;
 * release it with reanchor_report_clear; a failure leaves it empty) says
 * what happened.
 */
enum tanda_status reanchor_open(struct store *store, struct article *article, const char *path,
				enum reanchor_mode mode, struct reanchor_report *report,
				struct tanda_error *err);

/*
 * What reanchor_open would show, without writing anything: when article
 * is a revision of a stored article, copy the annotations of that article
 * that filter matches (its article ignored) into *out, carried over to
 * article's text in memory; for a pending article, its own, with those
 * whose positions do not fit made orphans.  report->in_memory says
 * whether *out holds them (else the store's annotations of article are
 * the ones to show).  Free *out with store_annotations_free, even on
 * failure; release report with reanchor_report_clear (a failure leaves
 * it empty).
 */
enum tanda_status reanchor_preview(struct store *store, struct article *article,
				   const char *path, const struct store_query *filter,
				   struct store_annotations *out, struct reanchor_report *report,
				   struct tanda_error *err);

/*
 * Check the positions of the stored annotations of article, which was
 * pending (known from a set without its text) and whose text has just
 * been recorded: those that do not fit it become orphans, written to the
 * store, counted and named in report (zeroed by the caller).  Opening the
 * file does it (reanchor_open); so does an import that brings the text.
 */
enum tanda_status reanchor_check_pending(struct store *store, struct article *article,
					 struct reanchor_report *report, struct tanda_error *err);

/*
 * reanchor_preview, streamed: the annotations as they would land are
 * handed to fn one by one (valid during the call only) as the store lists
 * them, never held all at once: those of the article it is a revision of
 * first, in the order they had, then its own.  report->in_memory says
 * whether fn was given them (else the store's annotations of article are
 * the ones to show).
 */
enum tanda_status reanchor_preview_visit(struct store *store, struct article *article,
					 const char *path, const struct store_query *filter,
					 store_visit_fn fn, void *context,
					 struct reanchor_report *report, struct tanda_error *err);

/*
 * The layout to load the file at path (NULL or "-": standard input) with
 * again: the one recorded for the stored article that article (loaded from
 * it with a guessed layout) is, or the one it is a revision of
 * (store_article_layout), when that differs from the guess.  *layout is
 * ARTICLE_LAYOUT_AUTO when the article stands as loaded: its layout was
 * given (an option, the front matter), or nothing else was recorded.
 * Why: the layout decides the paragraphs and the identity, so a file once
 * opened with --paragraphs must be split the same way later, or its
 * annotations would not fit.
 */
enum tanda_status reanchor_stored_layout(struct store *store, struct article *article,
					 const char *path, enum article_layout *layout,
					 struct tanda_error *err);

/* Free what a report holds and zero it. */
void reanchor_report_clear(struct reanchor_report *report);

#endif
