/*
 * yaml-import.c - an annotation set, read from libyaml's events
 * (yamlread.c) by tables of fields, checked, and merged into the store
 * (merge.c), one transaction per file.
 *
 * Streaming: an article whose sha256 and text are known (from the set, in
 * the exporter's key order, or from the store) when its `annotations:` key
 * comes has each annotation merged as soon as it is read, so that memory
 * stays small however many there are.  In another key order (PyYAML sorts
 * the keys, putting `annotations` first) the annotations of that one
 * article are kept until its mapping ends.  Either way annotations whose
 * `exact` is not where `start`/`end` say are gathered and re-anchored
 * together when the article ends, with one pass of relocate_annotations.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "anchor.h"
#include "grow.h"
#include "reanchor.h"
#include "relocate.h"
#include "safename.h"
#include "source.h"
#include "strbuf.h"
#include "yaml-import.h"
#include "yamlread.h"
#include "yamlset.h"

const char *const yaml_import_fate_names[IMPORT_ARTICLE_FATES] = {
	"known", "added", "pending", "completed",
};

/* Where an incoming annotation came from, for later messages. */
struct place {
	size_t article, index;			/* articles[article].annotations[index] */
	struct yamlread_pos where, start, end, paragraph;
	uint64_t start_was, end_was;		/* its offsets as the set gave them */
};

/* Annotations kept for later, with their places. */
struct pile {
	struct annotation *items;
	struct place *places;
	size_t count, items_alloc, places_alloc;
};

/* The annotation ids of a set, to find duplicates: open addressing. */
struct id_slot {
	unsigned char id[16];
	struct yamlread_pos at;		/* line 0: an empty slot */
};

struct idset {
	struct id_slot *slots;
	size_t cap, count;
};

/* One import. */
struct import {
	struct yamlread r;
	struct store *store;
	const struct yaml_import_options *options;
	struct yaml_import_result *result;
	struct idset ids;
	int has_version;
	char *generator;
	char exported[ANNOTATION_TIME_SIZE];
	struct yaml_import_trust trust;	/* which records the set may carry */
	size_t articles;	/* articles read so far */
};

/* The fields of an article, in the order of its table. */
enum {
	A_SHA256, A_TITLE, A_SOURCE, A_URL, A_PUBLISHED, A_LANGUAGE, A_PARAGRAPHS, A_TEXT,
	A_ANNOTATIONS, A_DECISIONS, A_FIELDS
};

/* An article of the set, while it is read. */
struct incoming_article {
	struct import *im;
	size_t index;
	struct store_article meta;
	uint64_t paragraphs;
	int has_paragraphs;
	struct article *doc;		/* its text, when known */
	size_t length;			/* in code points */
	int looked_up, stored, pending;	/* what the store has */
	int settled, streaming;
	struct yaml_import_article report;
	struct pile buffered, queued;
	struct yamlread_pos at[A_FIELDS], where;
};

/* The fields of an annotation, in the order of its table. */
enum {
	F_ID, F_KIND, F_PARAGRAPH, F_EXACT, F_PREFIX, F_SUFFIX, F_START, F_END, F_ANCHOR,
	F_SCORE, F_TAGS, F_NOTE, F_COLOR, F_SPEAKER, F_CLAIM, F_CORRECTION, F_AUTHOR,
	F_CREATED, F_MODIFIED, F_DELETED, F_FIELDS
};

/* An annotation of the set, while it is read: the enums as ints until
 * they are checked. */
struct incoming {
	struct annotation a;
	int kind, state, claim, correction_kind, correction_status;
	struct place place;
	char **tags;		/* its tags as read, given to a all at once */
	size_t ntags, tags_alloc;
};

void yaml_import_options_init(struct yaml_import_options *options)
{
	memset(options, 0, sizeof *options);
	options->max_size = SOURCE_DEFAULT_MAX_SIZE;
}

void yaml_import_result_free(struct yaml_import_result *result)
{
	size_t i;

	for (i = 0; i < result->count; i++)
		free(result->articles[i].title);
	free(result->articles);
	memset(result, 0, sizeof *result);
}

/* Fail: out of memory. */
static enum tanda_status no_memory(struct import *im)
{
	return tanda_fail(im->r.err, TANDA_ENOMEM, "%s: out of memory", im->r.name);
}

/* ---- the pile of annotations kept for later ---- */

/* Move a and its place into pile (a is left empty); 0 on success. */
static int pile_add(struct pile *pile, struct annotation *a, const struct place *place)
{
	if (GROW(pile->items, pile->items_alloc, pile->count + 1) != 0 ||
	    GROW(pile->places, pile->places_alloc, pile->count + 1) != 0)
		return -1;
	pile->items[pile->count] = *a;
	pile->places[pile->count++] = *place;
	annotation_init(a);
	return 0;
}

/* Free what pile holds and empty it. */
static void pile_free(struct pile *pile)
{
	size_t i;

	for (i = 0; i < pile->count; i++)
		annotation_clear(&pile->items[i]);
	free(pile->items);
	free(pile->places);
	memset(pile, 0, sizeof *pile);
}

/* ---- the ids met in the set ---- */

/* The 16 bytes of the UUID text id (checked by set_id). */
static void uuid_bytes(const char *id, unsigned char out[16])
{
	size_t i, n = 0;

	for (i = 0; id[i] != '\0' && n < 32; i++) {
		int v = id[i] <= '9' ? id[i] - '0' : id[i] - 'a' + 10;

		if (id[i] == '-')
			continue;
		out[n / 2] = (unsigned char)(n % 2 ? out[n / 2] | v : v << 4);
		n++;
	}
}

/* The slot of id in set: its own, or the empty one where it would go. */
static struct id_slot *id_slot(const struct idset *set, const unsigned char id[16])
{
	uint64_t hash = 14695981039346656037u;	/* FNV-1a */
	size_t i;

	for (i = 0; i < 16; i++)
		hash = (hash ^ id[i]) * 1099511628211u;
	for (i = (size_t)hash & (set->cap - 1);; i = (i + 1) & (set->cap - 1))
		if (set->slots[i].at.line == 0 || memcmp(set->slots[i].id, id, 16) == 0)
			return &set->slots[i];
}

/* Double the slots of set (at least 1024); 0 on success. */
static int id_grow(struct idset *set)
{
	struct idset bigger = { NULL, set->cap ? set->cap * 2 : 1024, set->count };
	size_t i;

	if ((bigger.slots = calloc(bigger.cap, sizeof *bigger.slots)) == NULL)
		return -1;
	for (i = 0; i < set->cap; i++)
		if (set->slots[i].at.line != 0)
			*id_slot(&bigger, set->slots[i].id) = set->slots[i];
	free(set->slots);
	*set = bigger;
	return 0;
}

/* Add id, met at at, to set: 1 when new, 0 when already there (*first
 * says where), -1 when out of memory. */
static int id_add(struct idset *set, const char *id, struct yamlread_pos at,
		  struct yamlread_pos *first)
{
	unsigned char bytes[16];
	struct id_slot *slot;

	if (set->count * 2 >= set->cap && id_grow(set) != 0)
		return -1;
	uuid_bytes(id, bytes);
	slot = id_slot(set, bytes);
	if (slot->at.line != 0) {
		*first = slot->at;
		return 0;
	}
	memcpy(slot->id, bytes, sizeof bytes);
	slot->at = at;
	set->count++;
	return 1;
}

/* ---- messages about annotations read earlier ---- */

/* Format the path of field (NULL: the annotation) of the annotation at p
 * into buf. */
static const char *place_path(const struct place *p, const char *field, char *buf, size_t size)
{
	snprintf(buf, size, "articles[%zu].annotations[%zu]%s%s", p->article, p->index,
		 field ? "." : "", field ? field : "");
	return buf;
}

/* Fail about field of the annotation at p, at at. */
static enum tanda_status place_fail(struct import *im, const struct place *p, const char *field,
				    struct yamlread_pos at, const char *message)
{
	char path[YAMLREAD_PATH_MAX];

	return yamlread_fail_at(&im->r, at, place_path(p, field, path, sizeof path), "%s",
				message);
}

/* Pass a notice about the annotation at p to the caller. */
static void place_notice(struct import *im, const struct place *p, const char *field,
			 struct yamlread_pos at, const char *message)
{
	char path[YAMLREAD_PATH_MAX];
	char line[TANDA_ERROR_MAX];
	struct strbuf sb;

	if (im->options->notice == NULL)
		return;
	/* a long file name is cut at a character, not inside one */
	strbuf_init_fixed(&sb, line, sizeof line);
	strbuf_addf(&sb, "%s:%lu:%lu: %s: %s", im->r.name, (unsigned long)at.line,
		    (unsigned long)at.column, place_path(p, field, path, sizeof path), message);
	im->options->notice(im->options->context, strbuf_str(&sb));
}

/* Fail about field (an A_ index, or -1 for the article) of art. */
static enum tanda_status article_fail(struct incoming_article *art, int field,
				      const char *message)
{
	static const char *const names[A_FIELDS] = {
		"sha256", "title", "source", "url", "published", "language", "paragraphs",
		"text", "annotations",
	};
	char path[YAMLREAD_PATH_MAX];

	snprintf(path, sizeof path, "articles[%zu]%s%s", art->index, field >= 0 ? "." : "",
		 field >= 0 ? names[field] : "");
	return yamlread_fail_at(&art->im->r, field >= 0 ? art->at[field] : art->where, path,
				"%s", message);
}

/* ---- the article: its text and its place in the store ---- */

/* Check the set's text of art against its sha256 and paragraphs. */
static enum tanda_status check_text(struct incoming_article *art)
{
	char message[256];

	if (art->doc == NULL)
		return TANDA_OK;
	if (strcmp(article_sha256(art->doc), art->meta.sha256) != 0) {
		snprintf(message, sizeof message, "its SHA-256 is %s, not the article's sha256",
			 article_sha256(art->doc));
		return article_fail(art, A_TEXT, message);
	}
	if (art->has_paragraphs && art->paragraphs != art->doc->count) {
		snprintf(message, sizeof message, "%llu, but the text has %zu",
			 (unsigned long long)art->paragraphs, art->doc->count);
		return article_fail(art, A_PARAGRAPHS, message);
	}
	return TANDA_OK;
}

/* Find out (once) whether the store has art, and whether it is pending. */
static enum tanda_status look_up(struct incoming_article *art)
{
	int found;

	if (art->looked_up)
		return TANDA_OK;
	found = store_article_state(art->im->store, art->meta.sha256, &art->pending,
				    art->im->r.err);
	if (found < 0)
		return art->im->r.err->status;
	art->stored = found;
	art->looked_up = 1;
	return TANDA_OK;
}

/* Make art's text an article (doc) from the store, when only the store
 * has it. */
static enum tanda_status load_stored_text(struct incoming_article *art)
{
	struct tanda_error *err = art->im->r.err;
	enum tanda_status status;
	char *text;
	size_t len;

	status = store_article_text(art->im->store, art->meta.sha256, &text, &len, err);
	if (status == TANDA_OK && text != NULL)
		status = article_from_text(art->im->r.name, text, len, &art->doc, err);
	free(text);
	return status;
}

/* The pending article art has its text now: the positions of its
 * annotations from earlier sets that do not fit it make them orphans,
 * each said in a notice. */
static enum tanda_status check_earlier(struct incoming_article *art)
{
	struct reanchor_report report;
	enum tanda_status status;
	char message[TANDA_ERROR_MAX];
	size_t i;

	memset(&report, 0, sizeof report);
	status = reanchor_check_pending(art->im->store, art->doc, &report, art->im->r.err);
	for (i = 0; status == TANDA_OK && i < report.unfit && i < REANCHOR_UNFIT_NAMED &&
		    art->im->options->notice != NULL; i++) {
		snprintf(message, sizeof message, "%s: article %.12s: annotation %s, from an earlier "
			 "set, does not fit its text: detached (an orphan)", art->im->r.name,
			 art->meta.sha256, report.unfit_ids[i]);
		art->im->options->notice(art->im->options->context, message);
	}
	if (status == TANDA_OK && report.unfit > REANCHOR_UNFIT_NAMED &&
	    art->im->options->notice != NULL) {
		snprintf(message, sizeof message, "%s: article %.12s: %zu more annotations from "
			 "earlier sets do not fit its text: detached (orphans)", art->im->r.name,
			 art->meta.sha256, report.unfit - REANCHOR_UNFIT_NAMED);
		art->im->options->notice(art->im->options->context, message);
	}
	reanchor_report_clear(&report);
	return status;
}

/* Make sure the store has art: add it (with its text, or pending), give a
 * pending one the set's text, or keep what is stored; then know its text
 * when anyone does. */
static enum tanda_status settle(struct incoming_article *art)
{
	struct store *store = art->im->store;
	struct tanda_error *err = art->im->r.err;
	enum tanda_status status;
	int put;

	if (art->settled)
		return TANDA_OK;
	if ((status = check_text(art)) != TANDA_OK || (status = look_up(art)) != TANDA_OK)
		return status;
	art->meta.paragraphs = art->has_paragraphs ? (size_t)art->paragraphs
			       : art->doc ? art->doc->count : 0;
	put = !art->stored || (art->pending && art->doc != NULL);
	art->report.fate = !art->stored ? (art->doc ? IMPORT_ARTICLE_ADDED : IMPORT_ARTICLE_PENDING)
			   : put ? IMPORT_ARTICLE_COMPLETED : IMPORT_ARTICLE_KNOWN;
	if (put)
		status = store_article_put(store, &art->meta, art->doc ? art->doc->text : NULL,
					   art->doc ? art->doc->text_len : 0, err);
	if (status == TANDA_OK && art->stored && art->pending && art->doc != NULL)
		status = check_earlier(art);
	if (status == TANDA_OK && art->doc == NULL && art->stored && !art->pending)
		status = load_stored_text(art);
	if (status == TANDA_OK && art->doc != NULL &&
	    (art->length = article_cp_from_byte(art->doc, art->doc->text_len)) == (size_t)-1)
		status = no_memory(art->im);
	art->settled = status == TANDA_OK;
	return status;
}

/*
 * Give an article added while streaming its annotations the metadata that
 * came after them (store_article_put keeps what a stored article has;
 * store_article_upsert takes it all).  The doc borrows the strings.
 */
static enum tanda_status refresh_meta(struct incoming_article *art)
{
	struct article_meta *m;
	enum tanda_status status;

	if (!art->streaming || art->report.fate != IMPORT_ARTICLE_ADDED)
		return TANDA_OK;
	m = &art->doc->meta;
	m->title = art->meta.title;
	m->source = art->meta.source;
	m->url = art->meta.url;
	m->published = art->meta.published;
	m->language = art->meta.language;
	status = store_article_upsert(art->im->store, art->doc, NULL, art->im->r.err);
	memset(m, 0, sizeof *m);
	return status;
}

/* ---- annotations: fit to the text, merge ---- */

/* Check a's offsets against art; *fits says whether it can be merged as
 * it is (its exact text where it says, an orphan, or no text to check
 * against) rather than re-anchored. */
static enum tanda_status fit(struct incoming_article *art, struct annotation *a,
			     const struct place *p, int *fits)
{
	struct anchor *an = &a->anchor;
	char message[160];

	*fits = 1;
	if (art->doc == NULL) {
		an->para_start = 0;
		an->para_end = an->end - an->start;
		if (!art->has_paragraphs || an->paragraph <= art->paragraphs)
			return TANDA_OK;
		snprintf(message, sizeof message, "%lu, but the article has %llu paragraphs",
			 (unsigned long)an->paragraph, (unsigned long long)art->paragraphs);
		return place_fail(art->im, p, "paragraph", p->paragraph, message);
	}
	if (an->end > art->length) {
		snprintf(message, sizeof message, "%llu is beyond the text (%zu characters)",
			 (unsigned long long)an->end, art->length);
		return place_fail(art->im, p, "end", p->end, message);
	}
	if (an->paragraph > art->doc->count) {
		snprintf(message, sizeof message, "%lu, but the article has %zu paragraphs",
			 (unsigned long)an->paragraph, art->doc->count);
		return place_fail(art->im, p, "paragraph", p->paragraph, message);
	}
	*fits = anchor_at_place(art->doc, &a->anchor) || an->state == ANCHOR_ORPHAN;
	return TANDA_OK;
}

/* Whether the file name of author's set is the one trust speaks for (1,
 * 0, or -1 when out of memory); the last author's answer is kept. */
static int speaks_for(struct yaml_import_trust *trust, const char *author)
{
	struct strbuf name = STRBUF_INIT;
	int same;

	if (trust->last_author != NULL && strcmp(trust->last_author, author) == 0)
		return trust->last_own;	/* a set is mostly one author's: once */
	if (safename_author(author, &name) != 0) {
		strbuf_release(&name);
		return -1;
	}
	same = strcmp(strbuf_str(&name), trust->options->speaks_for) == 0;
	strbuf_release(&name);
	free(trust->last_author);
	trust->last_author = strdup(author);
	trust->last_own = same;
	return same;
}

const char *yaml_import_refusal(struct yaml_import_trust *trust, const char *author,
				const char *at, const char *what, char *why, size_t size)
{
	int own;

	if (strcmp(at, trust->ahead) > 0) {
		snprintf(why, size, "refused: its time %s is more than a day ahead of the clock",
			 at);
		return why;
	}
	if (trust->options->speaks_for == NULL || (own = speaks_for(trust, author)) == 1)
		return NULL;
	if (own < 0)
		snprintf(why, size, "out of memory");
	else
		snprintf(why, size, "refused: %s %s, but this file speaks only for %s.yaml's "
			 "author", what, author, trust->options->speaks_for);
	return why;
}

enum tanda_status yaml_import_review_as_decision(struct store *store, const struct annotation *a,
						 size_t *added, struct tanda_error *err)
{
	struct store_decision d = { .reviewer = a->reviewed_by, .reason = NULL, .place = NULL };
	int new = 0;
	enum tanda_status status;

	if (a->kind != KIND_CORRECTION || a->deleted || a->reviewed_by == NULL ||
	    a->reviewed_at[0] == '\0' || a->correction_status == CORRECTION_PROPOSED ||
	    a->correction_status == CORRECTION_STATUS_NONE)
		return TANDA_OK;
	d.kind = a->correction_status == CORRECTION_REJECTED ? DECISION_REJECTED
		 : a->correction_status == CORRECTION_PUBLISHED ? DECISION_PUBLISHED
		 : DECISION_ACCEPTED;
	memcpy(d.annotation, a->id, sizeof d.annotation);
	memcpy(d.article, a->article, sizeof d.article);
	memcpy(d.at, a->reviewed_at, sizeof d.at);
	if (d.kind == DECISION_PUBLISHED && strcmp(a->modified, d.at) > 0)
		memcpy(d.at, a->modified, sizeof d.at);	/* published after it was reviewed */
	store_decision_version(a, d.version);
	status = store_decision_add(store, &d, &new, err);
	*added += (size_t)new;
	return status;
}

/* Merge a (read at p) into the store under art, counting the outcome. */
static enum tanda_status merge_one(struct incoming_article *art, struct annotation *a,
				   const struct place *p)
{
	struct import *im = art->im;
	enum merge_outcome outcome;
	char kept_as[ANNOTATION_ID_SIZE], message[200];
	enum tanda_status status;

	memcpy(a->article, art->meta.sha256, sizeof a->article);
	status = merge_annotation(im->store, a, im->options->speaks_for != NULL, &outcome, kept_as,
				  im->r.err);
	if (status != TANDA_OK)
		return status;
	art->report.outcomes[outcome]++;
	if ((outcome == MERGE_NEW || outcome == MERGE_UPDATED) && im->options->speaks_for == NULL &&
	    (status = yaml_import_review_as_decision(im->store, a, &art->report.decisions,
						     im->r.err)) != TANDA_OK)
		return status;
	if (outcome == MERGE_REFUSED)
		place_notice(im, p, NULL, p->where, "refused: its id is another author's annotation");
	if (outcome == MERGE_CONFLICT) {
		merge_describe_conflict(a, kept_as, message, sizeof message);
		place_notice(im, p, NULL, p->where, message);
	}
	return TANDA_OK;
}

/* Merge a now when it fits art's text, else keep it to re-anchor; unless
 * it is refused (a time ahead, or another author's under the trust
 * rule). */
static enum tanda_status take(struct incoming_article *art, struct annotation *a,
			      const struct place *p)
{
	enum tanda_status status;
	char why[400];
	int fits;

	if (yaml_import_refusal(&art->im->trust, a->author, a->modified,
				a->deleted ? "a deletion by" : "by", why, sizeof why) != NULL) {	/* before costing anything */
		art->report.outcomes[MERGE_REFUSED]++;
		place_notice(art->im, p, NULL, p->where, why);
		return TANDA_OK;
	}
	if ((status = fit(art, a, p, &fits)) != TANDA_OK)
		return status;
	if (fits)
		return merge_one(art, a, p);
	return pile_add(&art->queued, a, p) == 0 ? TANDA_OK : no_memory(art->im);
}

/* Re-anchor the annotations of art that did not fit its text, say so, and
 * merge them. */
static enum tanda_status reanchor_queued(struct incoming_article *art)
{
	struct pile *q = &art->queued;
	enum tanda_status status;
	char message[200];
	size_t i;

	if (q->count == 0)
		return TANDA_OK;
	status = relocate_annotations(art->doc->text, art->doc->text_len, art->doc, q->items, q->count,
				 art->im->r.err);
	for (i = 0; i < q->count && status == TANDA_OK; i++) {
		const struct anchor *an = &q->items[i].anchor;

		snprintf(message, sizeof message, "not at %llu..%llu of the text; re-anchored: %s "
			 "at %llu..%llu", (unsigned long long)q->places[i].start_was,
			 (unsigned long long)q->places[i].end_was, anchor_state_names[an->state],
			 (unsigned long long)an->start, (unsigned long long)an->end);
		place_notice(art->im, &q->places[i], "exact", q->places[i].where, message);
		art->report.reanchored++;
		art->report.anchored[an->state]++;
		status = merge_one(art, &q->items[i], &q->places[i]);
	}
	return status;
}

/* ---- hexadecimal identities ---- */

/* The shapes read_shaped reads: x a hexadecimal digit, - itself. */
#define HEX8 "xxxxxxxx"
#define UUID_SHAPE HEX8 "-xxxx-xxxx-xxxx-xxxx" HEX8
#define SHA256_SHAPE HEX8 HEX8 HEX8 HEX8 HEX8 HEX8 HEX8 HEX8

/* Read the current scalar into out (strlen(shape) + 1 bytes) when it has
 * the shape, its digits in lower case; else fail with why. */
static enum tanda_status read_shaped(struct yamlread *r, const char *shape, char *out,
				     const char *why)
{
	const char *value = yamlread_scalar(r, "text");
	size_t i;

	if (value == NULL)
		return r->err->status;
	for (i = 0; shape[i] != '\0' && value[i] != '\0'; i++) {
		char c = value[i] >= 'A' && value[i] <= 'F' ? (char)(value[i] + 32) : value[i];

		if (shape[i] == 'x' ? strchr("0123456789abcdef", c) == NULL : c != shape[i])
			break;
		out[i] = c;
	}
	out[i] = '\0';
	if (shape[i] != '\0' || value[i] != '\0')
		return yamlread_fail(r, "%s", why);
	return TANDA_OK;
}

/* ---- reading an annotation ---- */

/* Set an annotation's id: a UUID, kept in lower case. */
static enum tanda_status set_id(struct yamlread *r, void *record, const struct yamlread_field *f)
{
	(void)f;
	return read_shaped(r, UUID_SHAPE, ((struct incoming *)record)->a.id,
			   "not a UUID such as 3f1c9a4e-8d2b-4c51-9a7e-2b6f0d4c8e11");
}

/* Set a code point offset (a uint64_t). */
static enum tanda_status set_offset(struct yamlread *r, void *record,
				    const struct yamlread_field *f)
{
	return yamlread_uint(r, 0, INT64_MAX, (uint64_t *)(void *)((char *)record + f->offset));
}

/* Set an annotation's paragraph, from 1. */
static enum tanda_status set_paragraph(struct yamlread *r, void *record,
				       const struct yamlread_field *f)
{
	struct incoming *in = record;
	uint64_t n = 0;
	enum tanda_status status = yamlread_uint(r, 1, UINT32_MAX, &n);

	(void)f;
	in->a.anchor.paragraph = (uint32_t)n;
	return status;
}

/* Set a fuzzy anchor's score, from 0 to 1. */
static enum tanda_status set_score(struct yamlread *r, void *record,
				   const struct yamlread_field *f)
{
	(void)f;
	return yamlread_fraction(r, &((struct incoming *)record)->a.anchor.score);
}

/* Read one tag (a sequence item) of the annotation. */
static enum tanda_status add_tag(struct yamlread *r, void *context, size_t index)
{
	struct incoming *in = context;
	enum tanda_status status;
	const char *c;
	char *tag;

	(void)index;
	if ((status = yamlread_text(r, &tag)) != TANDA_OK)
		return status;
	for (c = tag; *c != '\0' && (unsigned char)*c >= 0x20; c++)
		;
	if (tag[0] == '\0' || *c != '\0')
		status = yamlread_fail(r, tag[0] ? "a tag cannot hold control characters"
					      : "a tag cannot be empty");
	else if (GROW(in->tags, in->tags_alloc, in->ntags + 1) != 0)
		status = tanda_fail(r->err, TANDA_ENOMEM, "%s: out of memory", r->name);
	if (status != TANDA_OK) {
		free(tag);
		return status;
	}
	in->tags[in->ntags++] = tag;
	return TANDA_OK;
}

/* Free the tags read for in. */
static void incoming_tags_free(struct incoming *in)
{
	size_t i;

	for (i = 0; i < in->ntags; i++)
		free(in->tags[i]);
	free(in->tags);
	in->tags = NULL;
	in->ntags = in->tags_alloc = 0;
}

/* Set the annotation's tags, a list of names. */
static enum tanda_status set_tags(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	(void)f;
	return yamlread_sequence(r, add_tag, record);
}

static const struct yamlread_field correction_fields[] = {
	{ "replacement", yamlread_set_text, offsetof(struct incoming, a.replacement), 0, NULL, 0 },
	{ "kind", yamlread_set_enum, offsetof(struct incoming, correction_kind), 0,
	  correction_kind_names, CORRECTION_KIND_COUNT },
	{ "status", yamlread_set_enum, offsetof(struct incoming, correction_status), 0,
	  correction_status_names, CORRECTION_STATUS_COUNT },
	{ "reviewed_by", yamlread_set_text, offsetof(struct incoming, a.reviewed_by), 0, NULL, 0 },
	{ "reviewed_at", yamlset_set_time, offsetof(struct incoming, a.reviewed_at), 0, NULL, 0 },
};

/* Set a correction's replacement, kind, status and review (a mapping). */
static enum tanda_status set_correction(struct yamlread *r, void *record,
					const struct yamlread_field *f)
{
	(void)f;
	return yamlread_mapping(r, correction_fields,
				sizeof correction_fields / sizeof correction_fields[0], record,
				NULL, NULL);
}

static const struct yamlread_field annotation_fields[F_FIELDS] = {
	[F_ID] = { "id", set_id, 0, 1, NULL, 0 },
	[F_KIND] = { "kind", yamlread_set_enum, offsetof(struct incoming, kind), 1,
		     annotation_kind_names, KIND_COUNT },
	[F_PARAGRAPH] = { "paragraph", set_paragraph, 0, 1, NULL, 0 },
	[F_EXACT] = { "exact", yamlread_set_text, offsetof(struct incoming, a.anchor.exact), 1,
		      NULL, 0 },
	[F_PREFIX] = { "prefix", yamlread_set_text, offsetof(struct incoming, a.anchor.prefix),
		       0, NULL, 0 },
	[F_SUFFIX] = { "suffix", yamlread_set_text, offsetof(struct incoming, a.anchor.suffix),
		       0, NULL, 0 },
	[F_START] = { "start", set_offset, offsetof(struct incoming, a.anchor.start), 1, NULL, 0 },
	[F_END] = { "end", set_offset, offsetof(struct incoming, a.anchor.end), 1, NULL, 0 },
	[F_ANCHOR] = { "anchor", yamlread_set_enum, offsetof(struct incoming, state), 0,
		       anchor_state_names, ANCHOR_STATE_COUNT },
	[F_SCORE] = { "score", set_score, 0, 0, NULL, 0 },
	[F_TAGS] = { "tags", set_tags, 0, 0, NULL, 0 },
	[F_NOTE] = { "note", yamlread_set_text, offsetof(struct incoming, a.note), 0, NULL, 0 },
	[F_COLOR] = { "color", yamlread_set_text, offsetof(struct incoming, a.color), 0, NULL, 0 },
	[F_SPEAKER] = { "speaker", yamlread_set_text, offsetof(struct incoming, a.speaker), 0,
			NULL, 0 },
	[F_CLAIM] = { "claim", yamlread_set_enum, offsetof(struct incoming, claim), 0,
		      claim_status_names, CLAIM_COUNT },
	[F_CORRECTION] = { "correction", set_correction, 0, 0, NULL, 0 },
	[F_AUTHOR] = { "author", yamlread_set_text, offsetof(struct incoming, a.author), 1,
		       NULL, 0 },
	[F_CREATED] = { "created", yamlset_set_time, offsetof(struct incoming, a.created), 1,
			NULL, 0 },
	[F_MODIFIED] = { "modified", yamlset_set_time, offsetof(struct incoming, a.modified), 1,
			 NULL, 0 },
	[F_DELETED] = { "deleted", yamlread_set_bool, offsetof(struct incoming, a.deleted), 0,
			NULL, 0 },
};

int yaml_import_map_authors(const struct yaml_import_options *o, struct annotation *a)
{
	size_t i;

	for (i = 0; i < o->author_pairs; i++) {
		const char *from = o->author_map[2 * i], *to = o->author_map[2 * i + 1];

		if ((a->author && strcmp(a->author, from) == 0 && annotation_set(&a->author, to)) ||
		    (a->reviewed_by && strcmp(a->reviewed_by, from) == 0 &&
		     annotation_set(&a->reviewed_by, to)))
			return -1;
	}
	return 0;
}

/* Finish an annotation just read: its enums, its authors, the rules of
 * its kind, its offsets, and an id not met before in the set. */
static enum tanda_status finish_incoming(struct import *im, struct incoming *in)
{
	struct annotation *a = &in->a;
	struct yamlread_pos first;
	struct tanda_error why;
	char message[TANDA_ERROR_MAX];
	int added;

	a->kind = (enum annotation_kind)in->kind;
	a->anchor.state = (enum anchor_state)in->state;
	a->claim = (enum claim_status)in->claim;
	a->correction_kind = (enum correction_kind)in->correction_kind;
	a->correction_status = (enum correction_status)in->correction_status;
	if (annotation_add_tags(a, (const char *const *)in->tags, in->ntags) != 0)
		return no_memory(im);	/* sorted once: 30,000 tags cost no more */
	in->place.start_was = a->anchor.start;
	in->place.end_was = a->anchor.end;
	if (a->anchor.end < a->anchor.start) {
		snprintf(message, sizeof message, "%llu is before start (%llu)",
			 (unsigned long long)a->anchor.end, (unsigned long long)a->anchor.start);
		return place_fail(im, &in->place, "end", in->place.end, message);
	}
	if (yaml_import_map_authors(im->options, a) != 0)
		return no_memory(im);
	if (annotation_validate(a, &why) != TANDA_OK)
		return place_fail(im, &in->place, NULL, in->place.where, why.message);
	if ((added = id_add(&im->ids, a->id, in->place.where, &first)) < 0)
		return no_memory(im);
	if (added)
		return TANDA_OK;
	snprintf(message, sizeof message, "%s is already the id of an annotation at line %lu",
		 a->id, (unsigned long)first.line);
	return place_fail(im, &in->place, "id", in->place.where, message);
}

/* Read one annotation (a sequence item) of the article in context. */
static enum tanda_status read_annotation(struct yamlread *r, void *context, size_t index)
{
	struct incoming_article *art = context;
	struct yamlread_pos at[F_FIELDS];
	struct incoming in;
	enum tanda_status status;

	memset(&in, 0, sizeof in);
	memset(at, 0, sizeof at);
	in.place.article = art->index;
	in.place.index = index;
	status = yamlread_mapping(r, annotation_fields, F_FIELDS, &in, at, &in.place.where);
	in.place.start = at[F_START];
	in.place.end = at[F_END];
	in.place.paragraph = at[F_PARAGRAPH];
	if (status == TANDA_OK)
		status = finish_incoming(art->im, &in);
	if (status == TANDA_OK && art->streaming)
		status = take(art, &in.a, &in.place);
	else if (status == TANDA_OK && pile_add(&art->buffered, &in.a, &in.place) != 0)
		status = no_memory(art->im);
	annotation_clear(&in.a);
	incoming_tags_free(&in);
	return status;
}

/* ---- reading an article ---- */

/* Set the article's sha256: 64 hexadecimal digits, kept in lower case. */
static enum tanda_status set_sha256(struct yamlread *r, void *record,
				    const struct yamlread_field *f)
{
	(void)f;
	return read_shaped(r, SHA256_SHAPE, ((struct incoming_article *)record)->meta.sha256,
			   "not a SHA-256 (64 hexadecimal digits)");
}

/* Set the article's number of paragraphs. */
static enum tanda_status set_paragraphs(struct yamlread *r, void *record,
					const struct yamlread_field *f)
{
	struct incoming_article *art = record;

	(void)f;
	art->has_paragraphs = 1;
	return yamlread_uint(r, 0, INT64_MAX, &art->paragraphs);
}

/* Set the article's text: made an article at once (normalized, its
 * paragraphs found), the scalar freed. */
static enum tanda_status set_text(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	struct incoming_article *art = record;
	const char *value = yamlread_scalar(r, "text");

	(void)f;
	if (value == NULL)
		return r->err->status;
	article_free(art->doc);	/* the store's, when the set's comes late */
	art->doc = NULL;
	return article_from_text(r->name, value, r->event.data.scalar.length, &art->doc, r->err);
}

/* Read the article's annotations: merged as they come when the article
 * can be settled now (its sha256 known, and its text from the set or the
 * store), else kept until the article ends. */
static enum tanda_status read_annotations(struct yamlread *r, void *record,
					  const struct yamlread_field *f)
{
	struct incoming_article *art = record;
	enum tanda_status status = TANDA_OK;

	(void)f;
	if (art->meta.sha256[0] != '\0') {
		status = look_up(art);
		if (status == TANDA_OK && (art->doc != NULL || (art->stored && !art->pending))) {
			status = settle(art);
			art->streaming = status == TANDA_OK;
		}
	}
	if (status != TANDA_OK)
		return status;
	return yamlread_sequence(r, read_annotation, art);
}

/* A review decision of the set, while it is read. */
struct incoming_decision {
	struct store_decision d;
	int kind;
	char *reviewer, *reason, *place, *replacement;
};

/* Set a decision's correction: a UUID, kept in lower case. */
static enum tanda_status set_decided(struct yamlread *r, void *record,
				     const struct yamlread_field *f)
{
	(void)f;
	return read_shaped(r, UUID_SHAPE, ((struct incoming_decision *)record)->d.annotation,
			   "not a UUID such as 3f1c9a4e-8d2b-4c51-9a7e-2b6f0d4c8e11");
}

/* Set a decision's version: 32 hexadecimal digits. */
static enum tanda_status set_version_of(struct yamlread *r, void *record,
					const struct yamlread_field *f)
{
	(void)f;
	return read_shaped(r, HEX8 HEX8 HEX8 HEX8, ((struct incoming_decision *)record)->d.version,
			   "not a version (32 hexadecimal digits)");
}

static const struct yamlread_field decision_fields[] = {
	{ "annotation", set_decided, 0, 1, NULL, 0 },
	{ "decision", yamlread_set_enum, offsetof(struct incoming_decision, kind), 1,
	  decision_names, DECISION_KINDS },
	{ "reviewer", yamlread_set_text, offsetof(struct incoming_decision, reviewer), 1, NULL, 0 },
	{ "at", yamlset_set_time, offsetof(struct incoming_decision, d.at), 1, NULL, 0 },
	{ "version", set_version_of, 0, 1, NULL, 0 },
	{ "reason", yamlread_set_text, offsetof(struct incoming_decision, reason), 0, NULL, 0 },
	{ "place", yamlread_set_text, offsetof(struct incoming_decision, place), 0, NULL, 0 },
	{ "replacement", yamlread_set_text, offsetof(struct incoming_decision, replacement), 0,
	  NULL, 0 },
};

/* Take the decision just read (at where) into the store, unless it is
 * refused (said in a notice). */
static enum tanda_status take_decision(struct incoming_article *art,
				       struct incoming_decision *in, size_t index,
				       struct yamlread_pos where)
{
	struct import *im = art->im;
	char why[400], path[YAMLREAD_PATH_MAX], line[TANDA_ERROR_MAX];
	struct strbuf sb;
	int added = 0;
	enum tanda_status status;

	in->d.kind = (enum decision_kind)in->kind;
	in->d.reviewer = in->reviewer;
	in->d.reason = in->reason;
	in->d.place = in->place;
	in->d.replacement = in->replacement;
	memcpy(in->d.article, art->meta.sha256, sizeof in->d.article);
	if (in->replacement != NULL && in->d.kind != DECISION_ACCEPTED &&
	    in->d.kind != DECISION_PROPOSED)
		snprintf(why, sizeof why, "refused: only an accepted or a proposed decision "
			 "carries a replacement");
	else if (yaml_import_refusal(&im->trust, in->reviewer, in->d.at, "decided by", why,
				     sizeof why) == NULL) {
		status = store_decision_add(im->store, &in->d, &added, im->r.err);
		art->report.decisions += added;
		return status;
	}
	art->report.decisions_refused++;
	if (im->options->notice == NULL)
		return TANDA_OK;
	snprintf(path, sizeof path, "articles[%zu].decisions[%zu]", art->index, index);
	strbuf_init_fixed(&sb, line, sizeof line);
	strbuf_addf(&sb, "%s:%lu:%lu: %s: %s", im->r.name, (unsigned long)where.line,
		    (unsigned long)where.column, path, why);
	im->options->notice(im->options->context, strbuf_str(&sb));
	return TANDA_OK;
}

/* Read one decision (a sequence item) of the article in context. */
static enum tanda_status read_decision(struct yamlread *r, void *context, size_t index)
{
	struct incoming_article *art = context;
	struct incoming_decision in;
	struct yamlread_pos where;
	enum tanda_status status;

	memset(&in, 0, sizeof in);
	status = yamlread_mapping(r, decision_fields,
				  sizeof decision_fields / sizeof decision_fields[0], &in, NULL,
				  &where);
	if (status == TANDA_OK && art->meta.sha256[0] == '\0')
		status = yamlread_fail_at(r, where, NULL, "decisions come after the article's "
					  "sha256");
	if (status == TANDA_OK)
		status = take_decision(art, &in, index, where);
	free(in.reviewer);
	free(in.reason);
	free(in.place);
	free(in.replacement);
	return status;
}

/* Read the article's review decisions. */
static enum tanda_status read_decisions(struct yamlread *r, void *record,
					const struct yamlread_field *f)
{
	(void)f;
	return yamlread_sequence(r, read_decision, record);
}

static const struct yamlread_field article_fields[A_FIELDS] = {
	[A_SHA256] = { "sha256", set_sha256, 0, 1, NULL, 0 },
	[A_TITLE] = { "title", yamlread_set_text, offsetof(struct incoming_article, meta.title),
		      0, NULL, 0 },
	[A_SOURCE] = { "source", yamlread_set_text,
		       offsetof(struct incoming_article, meta.source), 0, NULL, 0 },
	[A_URL] = { "url", yamlread_set_text, offsetof(struct incoming_article, meta.url), 0,
		    NULL, 0 },
	[A_PUBLISHED] = { "published", yamlread_set_text,
			  offsetof(struct incoming_article, meta.published), 0, NULL, 0 },
	[A_LANGUAGE] = { "language", yamlread_set_text,
			 offsetof(struct incoming_article, meta.language), 0, NULL, 0 },
	[A_PARAGRAPHS] = { "paragraphs", set_paragraphs, 0, 0, NULL, 0 },
	[A_TEXT] = { "text", set_text, 0, 0, NULL, 0 },
	[A_ANNOTATIONS] = { "annotations", read_annotations, 0, 0, NULL, 0 },
	[A_DECISIONS] = { "decisions", read_decisions, 0, 0, NULL, 0 },
};

/* Add art's report to the result; 0 on success. */
static int report(struct import *im, struct incoming_article *art)
{
	struct yaml_import_result *res = im->result;

	if (GROW(res->articles, res->cap, res->count + 1) != 0)
		return -1;
	memcpy(art->report.sha256, art->meta.sha256, sizeof art->report.sha256);
	art->report.title = art->meta.title;
	art->meta.title = NULL;
	res->articles[res->count++] = art->report;
	return 0;
}

/* Finish an article just read: settle it (or check what came after its
 * annotations), merge what was kept, re-anchor what did not fit, and
 * report. */
static enum tanda_status finish_article(struct incoming_article *art)
{
	struct pile *b = &art->buffered;
	enum tanda_status status = art->settled ? check_text(art) : settle(art);
	size_t i;

	for (i = 0; i < b->count && status == TANDA_OK; i++)
		status = take(art, &b->items[i], &b->places[i]);
	if (status == TANDA_OK)
		status = reanchor_queued(art);
	if (status == TANDA_OK)
		status = refresh_meta(art);
	if (status == TANDA_OK && report(art->im, art) != 0)
		status = no_memory(art->im);
	return status;
}

/* Free what an article holds. */
static void article_in_free(struct incoming_article *art)
{
	store_article_clear(&art->meta);
	article_free(art->doc);
	pile_free(&art->buffered);
	pile_free(&art->queued);
}

/* Read one article (a sequence item). */
static enum tanda_status read_article(struct yamlread *r, void *context, size_t index)
{
	struct incoming_article art;
	enum tanda_status status;

	memset(&art, 0, sizeof art);
	art.im = context;
	art.index = index;
	status = yamlread_mapping(r, article_fields, A_FIELDS, &art, art.at, &art.where);
	if (status == TANDA_OK)
		status = finish_article(&art);
	article_in_free(&art);
	return status;
}

/* ---- the set ---- */

/* Set the format version, which must be ours. */
static enum tanda_status set_version(struct yamlread *r, void *record,
				     const struct yamlread_field *f)
{
	struct import *im = record;
	uint64_t version;
	enum tanda_status status = yamlread_uint(r, 0, UINT32_MAX, &version);

	(void)f;
	if (status != TANDA_OK)
		return status;
	if (version != YAMLSET_VERSION)
		return yamlread_fail(r, "version %llu is not known (this tanda reads version %d)",
				     (unsigned long long)version, YAMLSET_VERSION);
	im->has_version = 1;
	return TANDA_OK;
}

/* Read the set's articles. */
static enum tanda_status read_articles(struct yamlread *r, void *record,
				       const struct yamlread_field *f)
{
	(void)f;
	return yamlread_sequence(r, read_article, record);
}

/* Refuse a key the top level does not know: before `tanda:` it is not an
 * annotation set at all. */
static enum tanda_status top_unknown(struct yamlread *r, void *record,
				     const struct yamlread_field *f)
{
	struct import *im = record;
	size_t len;

	(void)f;
	len = yamlread_push_key(r, (const char *)r->event.data.scalar.value);
	yamlread_fail(r, im->has_version ? "unknown key"
			 : "not an annotation set (an unknown key, and no tanda: key before it)");
	yamlread_pop(r, len);
	return TANDA_EDATA;
}

static const struct yamlread_field set_fields[] = {
	{ "tanda", set_version, 0, 0, NULL, 0 },
	{ "generator", yamlread_set_text, offsetof(struct import, generator), 0, NULL, 0 },
	{ "exported", yamlset_set_time, offsetof(struct import, exported), 0, NULL, 0 },
	{ "articles", read_articles, 0, 0, NULL, 0 },
	{ NULL, top_unknown, 0, 0, NULL, 0 },
};

/* Fail: what starts at the current event is not an annotation set. */
static enum tanda_status not_a_set(struct import *im, const char *why)
{
	return yamlread_fail(&im->r, "not an annotation set (%s)", why);
}

/* What the top-level node (the current event) is, when not a mapping. */
static const char *top_level(const struct yamlread *r)
{
	if (yamlread_is_sequence(r))
		return "its top level is a list";
	if (yamlread_is_null(r))
		return "the document is empty";
	return "its top level is a scalar";
}

/* Read the stream: exactly one document, a mapping with `tanda:`. */
static enum tanda_status read_set(struct import *im)
{
	struct yamlread *r = &im->r;
	struct yamlread_pos start;
	enum tanda_status status;

	if ((status = yamlread_next(r)) != TANDA_OK || (status = yamlread_next(r)) != TANDA_OK)
		return status;	/* the stream's start, then a document's */
	if (r->event.type == YAML_STREAM_END_EVENT)
		return not_a_set(im, "the file is empty");
	if ((status = yamlread_next(r)) != TANDA_OK)
		return status;
	if (!yamlread_is_mapping(r))
		return not_a_set(im, top_level(r));
	status = yamlread_mapping(r, set_fields, sizeof set_fields / sizeof set_fields[0], im,
				  NULL, &start);
	if (status == TANDA_OK && !im->has_version)
		return yamlread_fail_at(r, start, NULL, "not an annotation set (its top level has "
					"no tanda: key)");
	if (status == TANDA_OK)	/* the document's end, then the stream's */
		status = yamlread_next(r);
	if (status == TANDA_OK)
		status = yamlread_next(r);
	if (status == TANDA_OK && r->event.type != YAML_STREAM_END_EVENT)
		return not_a_set(im, "the file has several documents");
	return status;
}

void yaml_import_trust_init(struct yaml_import_trust *trust,
			    const struct yaml_import_options *options)
{
	time_t later = time(NULL) + 24 * 60 * 60;	/* a time later is refused */
	struct tm tm;

	memset(trust, 0, sizeof *trust);
	trust->options = options;
	gmtime_r(&later, &tm);
	strftime(trust->ahead, sizeof trust->ahead, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void yaml_import_trust_release(struct yaml_import_trust *trust)
{
	free(trust->last_author);
	trust->last_author = NULL;
}

/* Import size bytes at bytes (a file mapping when mapped), named name. */
static enum tanda_status import(struct store *store, const char *name, const char *bytes,
				size_t size, int mapped, const struct yaml_import_options *options,
				struct yaml_import_result *result, struct tanda_error *err)
{
	const struct yamlread_options reading = {
		.name = name, .what = NULL, .first_line = 1, .mapped = mapped,
		.max_depth = YAMLSET_MAX_DEPTH, .max_scalar = YAMLSET_MAX_SCALAR,
	};
	struct import *im = calloc(1, sizeof *im);
	enum tanda_status status;

	memset(result, 0, sizeof *result);
	if (im == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	im->store = store;
	im->options = options;
	im->result = result;
	yaml_import_trust_init(&im->trust, options);
	status = yamlread_init(&im->r, bytes, size, &reading, err);
	if (status == TANDA_OK && (status = store_begin(store, err)) == TANDA_OK) {
		status = read_set(im);
		if (status == TANDA_OK && !options->dry_run)
			status = store_commit(store, err);
		else
			store_rollback(store);
	}
	yamlread_release(&im->r);
	free(im->ids.slots);
	free(im->generator);
	yaml_import_trust_release(&im->trust);
	free(im);
	if (status != TANDA_OK)
		yaml_import_result_free(result);
	return status;
}

enum tanda_status yaml_import_bytes(struct store *store, const char *name, const char *bytes,
				    size_t size, const struct yaml_import_options *options,
				    struct yaml_import_result *result, struct tanda_error *err)
{
	return import(store, name, bytes, size, 0, options, result, err);
}

enum tanda_status yaml_import_file(struct store *store, const char *path,
				   const struct yaml_import_options *options,
				   struct yaml_import_result *result, struct tanda_error *err)
{
	struct source src;
	enum tanda_status status;

	memset(result, 0, sizeof *result);
	status = options->regular_only && strcmp(path, "-") != 0
		 ? source_open_regular(&src, path, options->max_size, err)
		 : source_open(&src, path, options->max_size, err);
	if (status != TANDA_OK)
		return status;
	status = import(store, strcmp(path, "-") == 0 ? SOURCE_STDIN_NAME : path, src.bytes,
			src.size, src.map != NULL, options, result, err);
	source_close(&src);
	return status;
}
