/*
 * yaml-export.h - writing annotation sets: the store's articles and their
 * annotations as one YAML document in the format of man/tanda-yaml.5.
 *
 * The set is streamed: each article and annotation is written as the
 * store lists it, never gathered into a tree.  The same database and
 * options give the same bytes (articles by sha256, annotations by start
 * then id, keys in a fixed order, no time stamp unless one is asked for).
 *
 * With `corrections` set the document is the corrections log instead
 * (`tanda export --corrections`, man/tanda.1): one flat list of the
 * corrections that the filter matches, in the same order, each naming its
 * article and carrying its history.
 */
#ifndef TANDA_YAML_EXPORT_H
#define TANDA_YAML_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "article.h"
#include "error.h"
#include "store.h"

/* An article exported as it would be recorded, not as the store has it
 * (`tanda export FILE` of a file that changed since it was recorded, or
 * was never opened): its metadata and text, and its annotations, carried
 * over in memory (reanchor_preview), in text order, already filtered but
 * for their anchor and, in the corrections log, their kind. */
struct yaml_export_preview {
	struct store_article meta;		/* its sha256 names it in `articles` */
	struct article *article;
	const struct annotation *annotations;
	size_t count;
};

/* What to export. */
struct yaml_export_options {
	struct store_query filter;	/* kind, tag, author, status, include_deleted */
	const char *const *articles;	/* the sha256s to export, or NULL for every one */
	size_t narticles;
	int all;			/* also articles no annotation matches */
	int with_text;			/* each article's normalized text */
	int stamp;			/* `exported:` with the time now */
	int corrections;		/* the corrections log instead of a set */
	const struct yaml_export_preview *previews;	/* articles exported as they */
	size_t npreviews;				/* would be recorded */
	int regular_only;		/* yaml_export_file: a path tanda made up, in a
					 * folder others write to: written only as a
					 * regular file, never through a link
					 * (OUTFILE_REGULAR) */
};

/* What was written. */
struct yaml_export_report {
	size_t articles;
	size_t annotations;
	size_t unfit;		/* positions that did not fit: written as orphans */
};

/* Options that export every article with annotations, live ones only. */
void yaml_export_options_init(struct yaml_export_options *options);

/*
 * Write the set that options select from store to out, named out_name in
 * messages.  An annotation whose positions do not fit its article's text
 * (anchor_fits) is written as an orphan: positions that do not fit are
 * never written as positions in that text.  report (may be NULL) counts
 * what was written.  Fails with
 * TANDA_EIO when out cannot be written, TANDA_EDATA for an article that is
 * not in the store.
 */
enum tanda_status yaml_export(struct store *store, const struct yaml_export_options *options,
			      FILE *out, const char *out_name, struct yaml_export_report *report,
			      struct tanda_error *err);

/*
 * The same, into the file at path, whole or not at all (outfile_write: a
 * temporary file in the same folder, synced and renamed into place; a
 * device or a pipe in place).  TANDA_ECANTCREATE when the file cannot be
 * created.
 */
enum tanda_status yaml_export_file(struct store *store, const struct yaml_export_options *options,
				   const char *path, struct yaml_export_report *report,
				   struct tanda_error *err);

/*
 * An exporter of annotations (yaml_export's, w3c_export's): what options
 * select from store written to out, named out_name in messages, with the
 * file's write-out started as it grows when writeback is set (outfile.h's
 * synced); report (may be NULL) counts what was written.
 */
typedef enum tanda_status (*yaml_export_stream_fn)(struct store *store,
						   const struct yaml_export_options *options,
						   FILE *out, const char *out_name, int writeback,
						   struct yaml_export_report *report,
						   struct tanda_error *err);

/* What stream writes, into the file at path, whole or not at all (as
 * yaml_export_file): the one way both exporters write a file. */
enum tanda_status yaml_export_file_by(yaml_export_stream_fn stream, struct store *store,
				      const struct yaml_export_options *options, const char *path,
				      struct yaml_export_report *report, struct tanda_error *err);

/* The file name the reader exports the article called name to:
 * NAME.tanda.yaml of its base name, or tanda-<first 12 hex of sha256>.yaml
 * for standard input; into buf. */
void yaml_export_default_name(const char *name, const char *sha256, char *buf, size_t size);

#endif
