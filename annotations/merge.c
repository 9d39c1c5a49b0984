/*
 * merge.c - merging one imported annotation with the stored one of the
 * same id (the rules are in merge.h): compare their times and contents,
 * decide, write at most one record (two for a conflict).
 *
 * Contents are compared by a SHA-256 of their fields in a fixed order; the
 * same digest names the incoming side of a conflict, so that the id it is
 * kept under depends only on what it says.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "strbuf.h"
#include "sha256.h"

const char *const merge_outcome_names[MERGE_OUTCOMES] = {
	"new", "updated", "unchanged", "deleted", "in conflict", "refused",
};

/* Add the string s to the digest, NULL told apart from "". */
static void feed_text(struct sha256 *ctx, const char *s)
{
	unsigned char present = s != NULL;

	sha256_update(ctx, &present, 1);
	if (s != NULL)
		sha256_update(ctx, s, strlen(s) + 1);
}

/* Add an enum's name (index 0 may be NULL) to the digest. */
static void feed_name(struct sha256 *ctx, const char *const *names, int index)
{
	feed_text(ctx, names[index]);
}

/* The number of free texts of what an annotation says (content_texts). */
#define CONTENT_TEXTS 9

/* The free texts of what a says (see merge.h), in the order the digest
 * takes them: the one list that content_digest and same_content share. */
static void content_texts(const struct annotation *a, const char *texts[CONTENT_TEXTS])
{
	const char *const all[CONTENT_TEXTS] = { a->note, a->color, a->speaker, a->replacement,
						 a->reviewed_by, a->reviewed_at, a->author,
						 a->created, a->modified };

	memcpy(texts, all, sizeof all);
}

/* The digest of what a says (see merge.h), in digest. */
static void content_digest(const struct annotation *a, unsigned char digest[SHA256_DIGEST_SIZE])
{
	const char *texts[CONTENT_TEXTS];
	struct sha256 ctx;
	unsigned char deleted = a->deleted != 0;
	size_t i;

	content_texts(a, texts);
	sha256_init(&ctx);
	feed_name(&ctx, annotation_kind_names, a->kind);
	feed_name(&ctx, claim_status_names, a->claim);
	feed_name(&ctx, correction_kind_names, a->correction_kind);
	feed_name(&ctx, correction_status_names, a->correction_status);
	for (i = 0; i < CONTENT_TEXTS; i++)
		feed_text(&ctx, texts[i]);
	for (i = 0; i < a->ntags; i++)
		feed_text(&ctx, a->tags[i]);
	sha256_update(&ctx, &deleted, 1);
	sha256_final(&ctx, digest);
}

/* Whether the texts a and b are the same, NULL told apart from "". */
static int same_text(const char *a, const char *b)
{
	return a == NULL || b == NULL ? a == b : strcmp(a, b) == 0;
}

/* Whether a and b say the same: whether their digests (content_digest)
 * are, found field by field, since a merge asks it of every record it
 * meets and hashing both sides each time cost more than reading them
 * (`make bench`, sync-50x2000). */
static int same_content(const struct annotation *a, const struct annotation *b)
{
	const char *ta[CONTENT_TEXTS], *tb[CONTENT_TEXTS];
	size_t i;

	if (a->kind != b->kind || a->claim != b->claim ||
	    a->correction_kind != b->correction_kind ||
	    a->correction_status != b->correction_status || a->ntags != b->ntags ||
	    (a->deleted != 0) != (b->deleted != 0))
		return 0;
	content_texts(a, ta);
	content_texts(b, tb);
	for (i = 0; i < CONTENT_TEXTS; i++)
		if (!same_text(ta[i], tb[i]))
			return 0;
	for (i = 0; i < a->ntags; i++)
		if (!same_text(a->tags[i], b->tags[i]))
			return 0;
	return 1;
}

/* The id the incoming side a of a conflict is kept under: a UUID (version
 * 8, RFC 9562's custom kind) from a SHA-256 of a's id and content. */
static void conflict_id(const struct annotation *a, char id[ANNOTATION_ID_SIZE])
{
	unsigned char content[SHA256_DIGEST_SIZE], b[SHA256_DIGEST_SIZE];
	struct sha256 ctx;

	content_digest(a, content);
	sha256_init(&ctx);
	feed_text(&ctx, "tanda conflict");
	feed_text(&ctx, a->id);
	sha256_update(&ctx, content, sizeof content);
	sha256_final(&ctx, b);
	annotation_format_id(b, 8, id);
}

/* Read the stored annotation id into *out: 1 when there is one, 0 when
 * not, -1 on failure (err filled). */
static int fetch(struct store *store, const char *id, struct annotation *out,
		 struct tanda_error *err)
{
	enum tanda_status status = store_annotation_get(store, id, out, err);

	if (status == TANDA_OK)
		return 1;
	if (status == TANDA_EDATA) {	/* no such id */
		tanda_error_clear(err);
		return 0;
	}
	return -1;
}

/*
 * Decide what incoming does to stored (NULL when its id is not stored):
 * returns the outcome and sets *write to the record to store (NULL for
 * none), whose deleted flag the caller sets to *deleted.  MERGE_CONFLICT
 * asks for a conflict copy.
 */
static enum merge_outcome decide(struct annotation *stored, struct annotation *incoming,
				 struct annotation **write, int *deleted)
{
	int order;

	*write = incoming;
	*deleted = incoming->deleted;
	if (stored == NULL)
		return incoming->deleted ? MERGE_DELETED : MERGE_NEW;
	order = strcmp(incoming->modified, stored->modified);
	*deleted = incoming->deleted || stored->deleted;
	if (order > 0)
		return incoming->deleted && !stored->deleted ? MERGE_DELETED : MERGE_UPDATED;
	*write = NULL;
	if (stored->deleted || !incoming->deleted) {
		if (order < 0 || stored->deleted || same_content(stored, incoming))
			return MERGE_UNCHANGED;
		return MERGE_CONFLICT;
	}
	*write = order < 0 ? stored : incoming;	/* a tombstone deletes the live one */
	return MERGE_DELETED;
}

/* The note of the conflict copy of a: "conflict with ID", then a's own
 * note after ": " when it has one.  NULL when out of memory. */
static char *conflict_note(const struct annotation *a)
{
	struct strbuf note = STRBUF_INIT;

	strbuf_addf(&note, "conflict with %s", a->id);
	if (a->note != NULL)
		strbuf_addf(&note, ": %s", a->note);
	return strbuf_detach(&note, NULL);
}

/* Keep incoming beside the stored annotation of the same id: under its
 * conflict id, tagged, its note naming the original.  Unchanged when that
 * copy is already stored. */
static enum tanda_status keep_conflict(struct store *store, const struct annotation *incoming,
				       enum merge_outcome *outcome,
				       char kept_as[ANNOTATION_ID_SIZE], struct tanda_error *err)
{
	struct annotation copy;
	enum tanda_status status = TANDA_OK;
	char *note;
	int stored;

	annotation_init(&copy);
	conflict_id(incoming, kept_as);
	stored = fetch(store, kept_as, &copy, err);
	if (stored != 0) {
		annotation_clear(&copy);
		*outcome = MERGE_UNCHANGED;
		return stored < 0 ? err->status : TANDA_OK;
	}
	note = conflict_note(incoming);
	if (note == NULL || annotation_copy(&copy, incoming) != 0 ||
	    annotation_add_tag(&copy, MERGE_CONFLICT_TAG) != 0)
		status = tanda_fail(err, TANDA_ENOMEM, "out of memory");
	free(copy.note);
	copy.note = note;
	memcpy(copy.id, kept_as, ANNOTATION_ID_SIZE);
	if (status == TANDA_OK)
		status = store_annotation_put(store, &copy, err);
	annotation_clear(&copy);
	return status;
}

/* Give incoming the status and review of stored (NULL: none yet, so
 * proposed): what a set says of them is not taken.  0, or -1 when out of
 * memory. */
static int keep_review(struct annotation *incoming, const struct annotation *stored)
{
	if (incoming->kind != KIND_CORRECTION)
		return 0;
	incoming->correction_status = stored && stored->kind == KIND_CORRECTION
				      ? stored->correction_status : CORRECTION_PROPOSED;
	memcpy(incoming->reviewed_at, stored ? stored->reviewed_at : "",
	       stored ? sizeof incoming->reviewed_at : 1);
	return annotation_set(&incoming->reviewed_by, stored ? stored->reviewed_by : NULL);
}

enum tanda_status merge_annotation(struct store *store, struct annotation *incoming,
				   int own_only, enum merge_outcome *outcome,
				   char kept_as[ANNOTATION_ID_SIZE], struct tanda_error *err)
{
	struct annotation stored, *write;
	enum tanda_status status = TANDA_OK;
	int found, deleted;

	annotation_init(&stored);
	kept_as[0] = '\0';
	found = fetch(store, incoming->id, &stored, err);
	if (found < 0)
		return err->status;
	if (own_only && found && strcmp(stored.author, incoming->author) != 0) {
		*outcome = MERGE_REFUSED;	/* another author's id */
		annotation_clear(&stored);
		return TANDA_OK;
	}
	if (own_only && keep_review(incoming, found ? &stored : NULL) != 0) {
		annotation_clear(&stored);
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	}
	*outcome = decide(found ? &stored : NULL, incoming, &write, &deleted);
	if (*outcome == MERGE_CONFLICT && own_only && keep_review(incoming, NULL) != 0) {
		status = tanda_fail(err, TANDA_ENOMEM, "out of memory");
	} else if (*outcome == MERGE_CONFLICT) {	/* a copy: nobody decided on it */
		status = keep_conflict(store, incoming, outcome, kept_as, err);
	} else if (write != NULL) {
		write->deleted = deleted;
		status = store_annotation_put(store, write, err);
	}
	annotation_clear(&stored);
	return status;
}

void merge_describe_conflict(const struct annotation *incoming, const char *kept_as, char *buf,
			     size_t size)
{
	snprintf(buf, size, "the stored %s has the same modified time but says something else; "
		 "this one is kept as %s, tagged " MERGE_CONFLICT_TAG, incoming->id, kept_as);
}
