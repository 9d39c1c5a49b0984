/*
 * w3c-export.h - writing annotations as W3C Web Annotations (JSON-LD, the
 * Web Annotation Data Model): one AnnotationCollection whose first (and
 * only) AnnotationPage holds every annotation, as man/tanda-w3c.5 says.
 *
 * A consumer of store records: each annotation is built as it is listed
 * and written at once; the same database and options give the same bytes
 * (articles by sha256, annotations by start then id, keys in a fixed
 * order, no time of export).
 */
#ifndef TANDA_W3C_EXPORT_H
#define TANDA_W3C_EXPORT_H

#include <stdio.h>

#include "error.h"
#include "store.h"
#include "yaml-export.h"

/* The JSON-LD context of a Web Annotation. */
#define W3C_CONTEXT "http://www.w3.org/ns/anno.jsonld"

/* The prefix of tanda's own terms (what the model has no place for). */
#define W3C_TANDA_PREFIX "urn:tanda:"

/*
 * Write the annotations that options select (filter, articles,
 * include_deleted; with_text, all, stamp and corrections do not apply)
 * from store to out, named out_name in messages; report (may be NULL)
 * counts what was written.  TANDA_EIO when out cannot be written.
 */
enum tanda_status w3c_export(struct store *store, const struct yaml_export_options *options,
			     FILE *out, const char *out_name, struct yaml_export_report *report,
			     struct tanda_error *err);

/* The same into the file at path, whole or not at all (outfile.h). */
enum tanda_status w3c_export_file(struct store *store, const struct yaml_export_options *options,
				  const char *path, struct yaml_export_report *report,
				  struct tanda_error *err);

#endif
