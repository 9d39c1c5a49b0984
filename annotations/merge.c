/*
 * merge.c - merging one imported annotation with the stored one of the
 * same id (the rules are in merge.h): compare their times and contents,
 * decide, write at most one record (two for a conflict).
 *
 * Contents are compared field by field, the fields a SHA-256 takes in a
 * fixed order; that digest names the incoming side of a conflict, so that
 * the id it is kept under depends only on what it says.  The stored record
 * is first glanced at in place (store_annotation_says): when that settles
 * the merge with nothing to write, as for most records of a sync with
 * nothing new, it is never read whole.
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
	const char *const all[CONTENT_TEXTS] = { a->note, a->color, a->speaker,
						 a->proposed ? a->proposed : a->replacement,	/* the author's */
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

/* Whether a and b say the same but for their tags (content_digest's
 * fields, compared one by one). */
static int same_saying(const struct annotation *a, const struct annotation *b)
{
	const char *ta[CONTENT_TEXTS], *tb[CONTENT_TEXTS];
	size_t i;

	if (a->kind != b->kind || a->claim != b->claim ||
	    a->correction_kind != b->correction_kind ||
	    a->correction_status != b->correction_status ||
	    (a->deleted != 0) != (b->deleted != 0))
		return 0;
	content_texts(a, ta);
	content_texts(b, tb);
	for (i = 0; i < CONTENT_TEXTS; i++)
		if (!same_text(ta[i], tb[i]))
			return 0;
	return 1;
}

/* Whether a and b say the same: whether their digests (content_digest)
 * are, found field by field, since a merge asks it of every record it
 * meets and hashing both sides each time cost more than reading them
 * (`make bench`, sync-50x2000). */
static int same_content(const struct annotation *a, const struct annotation *b)
{
	size_t i;

	if (!same_saying(a, b) || a->ntags != b->ntags)
		return 0;
	for (i = 0; i < a->ntags; i++)
		if (!same_text(a->tags[i], b->tags[i]))
			return 0;
	return 1;
}

/* Order a name (the key) and a tag of an annotation's sorted tags. */
static int by_name(const void *key, const void *tag)
{
	return strcmp(*(const char *const *)key, *(char *const *)tag);
}

/* Whether the tags named in lines (one per line, as the store keeps them:
 * each once) are exactly a's: 1 or 0; -1 when a name is empty or longer
 * than the 255 bytes a record read back keeps of it (then the record read
 * whole must say). */
static int same_tag_lines(const struct annotation *a, const char *lines)
{
	char name[256];
	const char *key = name;
	size_t count = 0, len;

	for (; lines != NULL && *lines != '\0'; lines += len + (lines[len] == '\n')) {
		len = strcspn(lines, "\n");
		if (len == 0 || len >= sizeof name)
			return -1;
		memcpy(name, lines, len);
		name[len] = '\0';
		if (a->ntags == 0 ||
		    bsearch(&key, a->tags, a->ntags, sizeof *a->tags, by_name) == NULL)
			return 0;
		count++;
	}
	return count == a->ntags;
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

/* Whether the article sha256 was recorded in the store after the article
 * than: 1, 0, or -1 on failure (err filled). */
static int recorded_after(struct store *store, const char *sha256, const char *than,
			  struct tanda_error *err)
{
	struct store_article a, b;
	int after = -1;

	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	if (store_article_get(store, sha256, &a, err) == TANDA_OK &&
	    store_article_get(store, than, &b, err) == TANDA_OK)
		after = strcmp(a.first_opened, b.first_opened) > 0;
	store_article_clear(&a);
	store_article_clear(&b);
	return after;
}

/* Whether incoming, from its author's own file, is stored as it is but on
 * an article recorded before its own: its author carried it over to a new
 * revision of the article (a move leaves modified as it was), so it moves
 * there too (never back to an older one, as the author's file read again
 * before it is written anew would have it): 1, 0, or -1 on failure. */
static int moved_by_author(struct store *store, const struct annotation *stored,
			   const struct annotation *incoming, struct tanda_error *err)
{
	if (stored->deleted || incoming->deleted ||
	    strcmp(stored->modified, incoming->modified) != 0 ||
	    strcmp(stored->article, incoming->article) == 0)
		return 0;
	return recorded_after(store, incoming->article, stored->article, err);
}

/* What a glance at the stored record (store_annotation_says) settles
 * before it is read whole. */
struct glance {
	const struct annotation *incoming;
	int own_only;
	int settled;		/* outcome is known: nothing to write */
	enum merge_outcome outcome;
};

/*
 * Settle the merge from what the stored record says when that needs no
 * write: another author's under the trust rule (refused), or what decide
 * finds unchanged (an older or the same incoming record, not a tombstone
 * of a live one, on the same article).  Anything else, and an incoming correction under the
 * trust rule (whose review keep_review takes from the stored one), is
 * left to the record read whole (store_says_fn).
 */
static void glance_at(void *context, const struct annotation *stored, const char *tag_lines)
{
	struct glance *g = context;
	const struct annotation *in = g->incoming;
	int order;

	if (g->own_only && strcmp(stored->author, in->author) != 0) {
		g->settled = 1;
		g->outcome = MERGE_REFUSED;	/* another author's id */
		return;
	}
	if (g->own_only && in->kind == KIND_CORRECTION)
		return;
	order = strcmp(in->modified, stored->modified);
	if (order > 0 || (in->deleted && !stored->deleted))
		return;
	if (g->own_only && order == 0 && strcmp(stored->article, in->article) != 0)
		return;		/* perhaps moved by its author (moved_by_author) */
	g->settled = order < 0 || stored->deleted ||
		     (same_saying(stored, in) && same_tag_lines(in, tag_lines) == 1);
	g->outcome = MERGE_UNCHANGED;
}

/* Merge incoming into the stored record of its id, read whole (stored:
 * NULL when there is none), by the rules of merge.h. */
static enum tanda_status merge_with(struct store *store, struct annotation *incoming,
				    struct annotation *stored, int own_only,
				    enum merge_outcome *outcome, char kept_as[ANNOTATION_ID_SIZE],
				    struct tanda_error *err)
{
	struct annotation *write;
	int deleted, moved;

	if (own_only && stored && strcmp(stored->author, incoming->author) != 0) {
		*outcome = MERGE_REFUSED;	/* another author's id */
		return TANDA_OK;
	}
	if (own_only && keep_review(incoming, stored) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	*outcome = decide(stored, incoming, &write, &deleted);
	if (*outcome == MERGE_CONFLICT && own_only && keep_review(incoming, NULL) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	if (*outcome == MERGE_CONFLICT)	/* a copy: nobody decided on it */
		return keep_conflict(store, incoming, outcome, kept_as, err);
	if (write != NULL) {
		write->deleted = deleted;
		return store_annotation_put(store, write, err);
	}
	if (*outcome == MERGE_UNCHANGED && own_only && stored != NULL &&
	    (moved = moved_by_author(store, stored, incoming, err)) != 0) {
		*outcome = MERGE_UPDATED;
		return moved < 0 ? err->status
		       : store_annotations_move(store, incoming->article, incoming, 1, err);
	}
	return TANDA_OK;
}

enum tanda_status merge_annotation(struct store *store, struct annotation *incoming,
				   int own_only, enum merge_outcome *outcome,
				   char kept_as[ANNOTATION_ID_SIZE], struct tanda_error *err)
{
	struct glance g = { incoming, own_only, 0, MERGE_UNCHANGED };
	struct annotation stored;
	enum tanda_status status;
	int found;

	kept_as[0] = '\0';
	/* most records an import meets change nothing: a glance says so
	 * without reading them whole */
	status = store_annotation_says(store, incoming->id, glance_at, &g, &found, err);
	if (status != TANDA_OK)
		return status;
	if (g.settled) {
		*outcome = g.outcome;
		return TANDA_OK;
	}
	annotation_init(&stored);
	if (found && (found = fetch(store, incoming->id, &stored, err)) < 0)
		return err->status;
	status = merge_with(store, incoming, found ? &stored : NULL, own_only, outcome, kept_as,
			    err);
	annotation_clear(&stored);
	return status;
}

void merge_describe_conflict(const struct annotation *incoming, const char *kept_as, char *buf,
			     size_t size)
{
	snprintf(buf, size, "the stored %s has the same modified time but says something else; "
		 "this one is kept as %s, tagged " MERGE_CONFLICT_TAG, incoming->id, kept_as);
}
