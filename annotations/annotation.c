/*
 * annotation.c - names, copies, identities and time stamps of annotation
 * records, and the rules of which fields go with which kind.
 */
#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "annotation.h"
#include "grow.h"
#include "normalize.h"
#include "unicode.h"

const char *const annotation_kind_names[KIND_COUNT] = {
	"highlight", "quote", "claim", "correction", "note",
};

const char *const claim_status_names[CLAIM_COUNT] = {
	NULL, "unverified", "supported", "disputed", "false", "misleading", "needs-source",
};

const char *const correction_kind_names[CORRECTION_KIND_COUNT] = {
	NULL, "date", "name", "title", "number", "spelling", "attribution", "other",
};

const char *const correction_status_names[CORRECTION_STATUS_COUNT] = {
	NULL, "proposed", "accepted", "rejected", "published",
};

const char *const anchor_state_names[ANCHOR_STATE_COUNT] = {
	"exact", "fuzzy", "orphan", "resolved-by-edit",
};

const char *const annotation_default_tags[] = {
	"claim", "quote", "date-error", "name-error", "title-error", "number-error",
	"needs-source", "opinion", NULL,
};

int annotation_lookup(const char *const *names, int count, const char *name)
{
	int i;

	for (i = 0; i < count; i++)
		if (names[i] != NULL && strcmp(names[i], name) == 0)
			return i;
	return -1;
}

void annotation_init(struct annotation *a)
{
	memset(a, 0, sizeof *a);
}

/* Free the anchor's strings. */
static void anchor_clear(struct anchor *anchor)
{
	free(anchor->exact);
	free(anchor->prefix);
	free(anchor->suffix);
	free(anchor->old_exact);
}

void annotation_clear(struct annotation *a)
{
	size_t i;

	anchor_clear(&a->anchor);
	free(a->note);
	free(a->color);
	free(a->speaker);
	free(a->replacement);
	free(a->proposed);
	free(a->reviewed_by);
	free(a->author);
	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	memset(a, 0, sizeof *a);
}

const char *const annotation_color_names[ANNOTATION_COLORS] = {
	"yellow", "green", "cyan", "magenta", "blue", "red",
};

int annotation_set_name(char **field, const char *value)
{
	size_t len = value != NULL ? strlen(value) : 0;
	char *name = NULL;
	size_t n;

	if (len > 0) {
		if (len > (SIZE_MAX - 1) / 3 || (name = malloc(NORMALIZE_BOUND(len, len) + 1)) == NULL)
			return -1;
		n = normalize_span(value, len, name);
		name[n] = '\0';
		if (n == 0) {
			free(name);
			name = NULL;
		}
	}
	free(*field);
	*field = name;
	return 0;
}

int annotation_set(char **field, const char *value)
{
	char *copy = NULL;

	if (value != NULL && (copy = strdup(value)) == NULL)
		return -1;
	free(*field);
	*field = copy;
	return 0;
}

/* Compare two tag names for qsort and bsearch. */
static int compare_tags(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int annotation_has_tag(const struct annotation *a, const char *name)
{
	size_t i;

	for (i = 0; i < a->ntags; i++)
		if (unicode_equal_folded(a->tags[i], strlen(a->tags[i]), name, strlen(name)))
			return 1;
	return 0;
}

#ifndef NDEBUG
/* Whether a's tags are in compare_tags order, each once. */
static int tags_sorted(const struct annotation *a)
{
	size_t i;

	for (i = 1; i < a->ntags; i++)
		if (strcmp(a->tags[i - 1], a->tags[i]) >= 0)
			return 0;
	return 1;
}
#endif

/* Keep the first of each run of equal names in the sorted tags[*count],
 * freeing the others. */
static void drop_repeats(char **tags, size_t *count)
{
	size_t i, kept = 0;

	for (i = 0; i < *count; i++) {
		if (kept > 0 && strcmp(tags[kept - 1], tags[i]) == 0)
			free(tags[i]);
		else
			tags[kept++] = tags[i];
	}
	*count = kept;
}

/*
 * Sorting once, rather than inserting each name in order: a set may give
 * one annotation 30,000 tags, and inserting them one by one (with a sort
 * or a move each) cost seconds.  n names cost O((ntags + n) log).
 */
int annotation_add_tags(struct annotation *a, const char *const *names, size_t n)
{
	size_t count = a->ntags, i;
	char **tags;

	assert(tags_sorted(a));
	if (n == 0)
		return 0;
	if (grow_overflows(a->ntags + n, sizeof *tags) ||
	    (tags = malloc((a->ntags + n) * sizeof *tags)) == NULL)
		return -1;
	if (a->ntags > 0)
		memcpy(tags, a->tags, a->ntags * sizeof *tags);
	for (i = 0; i < n; i++) {
		if ((tags[count] = strdup(names[i])) == NULL) {
			while (count > a->ntags)
				free(tags[--count]);
			free(tags);
			return -1;
		}
		count++;
	}
	qsort(tags, count, sizeof *tags, compare_tags);
	drop_repeats(tags, &count);
	free(a->tags);
	a->tags = tags;
	a->tags_alloc = a->ntags + n;
	a->ntags = count;
	return 0;
}

int annotation_add_tag(struct annotation *a, const char *name)
{
	if (a->ntags > 0 &&
	    bsearch(&name, a->tags, a->ntags, sizeof *a->tags, compare_tags) != NULL)
		return 0;
	return annotation_add_tags(a, &name, 1);
}

int annotation_remove_tag(struct annotation *a, const char *name)
{
	char **found = a->ntags > 0 ? bsearch(&name, a->tags, a->ntags, sizeof *a->tags,
					      compare_tags) : NULL;
	size_t i;

	if (found == NULL)
		return 0;
	i = (size_t)(found - a->tags);
	free(a->tags[i]);
	memmove(a->tags + i, a->tags + i + 1, (a->ntags - i - 1) * sizeof *a->tags);
	a->ntags--;
	return 1;
}

int annotation_copy(struct annotation *dst, const struct annotation *src)
{
	int failed = 0;

	annotation_clear(dst);
	*dst = *src;
	dst->anchor.exact = dst->anchor.prefix = dst->anchor.suffix = NULL;
	dst->anchor.old_exact = NULL;
	dst->note = dst->color = dst->speaker = dst->replacement = NULL;
	dst->proposed = NULL;
	dst->reviewed_by = dst->author = NULL;
	dst->tags = NULL;
	dst->ntags = 0;
	dst->tags_alloc = 0;
	failed |= annotation_set(&dst->anchor.exact, src->anchor.exact);
	failed |= annotation_set(&dst->anchor.prefix, src->anchor.prefix);
	failed |= annotation_set(&dst->anchor.suffix, src->anchor.suffix);
	failed |= annotation_set(&dst->anchor.old_exact, src->anchor.old_exact);
	failed |= annotation_set(&dst->note, src->note);
	failed |= annotation_set(&dst->color, src->color);
	failed |= annotation_set(&dst->speaker, src->speaker);
	failed |= annotation_set(&dst->replacement, src->replacement);
	failed |= annotation_set(&dst->proposed, src->proposed);
	failed |= annotation_set(&dst->reviewed_by, src->reviewed_by);
	failed |= annotation_set(&dst->author, src->author);
	if (!failed)	/* sorted and each once already: one pass */
		failed |= annotation_add_tags(dst, (const char *const *)src->tags, src->ntags);
	return failed ? -1 : 0;
}

enum tanda_status annotation_new_id(char id[ANNOTATION_ID_SIZE], struct tanda_error *err)
{
	unsigned char b[16];
	size_t got = 0;

	while (got < sizeof b) {
		ssize_t n = getrandom(b + got, sizeof b - got, 0);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return tanda_fail(err, TANDA_EIO, "cannot get random bytes: %s",
					  strerror(errno));
		got += (size_t)n;
	}
	annotation_format_id(b, 4, id);
	return TANDA_OK;
}

void annotation_format_id(unsigned char b[16], int version, char id[ANNOTATION_ID_SIZE])
{
	b[6] = (unsigned char)((b[6] & 0x0F) | (version << 4));
	b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);	/* RFC 4122 variant */
	snprintf(id, ANNOTATION_ID_SIZE,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
		 b[12], b[13], b[14], b[15]);
}

void annotation_now(char stamp[ANNOTATION_TIME_SIZE])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(stamp, ANNOTATION_TIME_SIZE, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

enum tanda_status annotation_validate(const struct annotation *a, struct tanda_error *err)
{
	const char *kind = annotation_kind_names[a->kind];

	if (a->anchor.exact == NULL || a->anchor.exact[0] == '\0')
		return tanda_fail(err, TANDA_EUSAGE, "an annotation needs some text to anchor to");
	if (a->anchor.end < a->anchor.start)
		return tanda_fail(err, TANDA_EUSAGE, "the anchor ends before it starts");
	if (a->speaker != NULL && a->kind != KIND_QUOTE)
		return tanda_fail(err, TANDA_EUSAGE, "a speaker belongs to a quote, not a %s", kind);
	if (a->claim != CLAIM_NONE && a->kind != KIND_CLAIM)
		return tanda_fail(err, TANDA_EUSAGE, "a claim status belongs to a claim, not a %s", kind);
	if ((a->replacement != NULL || a->correction_kind != CORRECTION_KIND_NONE ||
	     a->correction_status != CORRECTION_STATUS_NONE) && a->kind != KIND_CORRECTION)
		return tanda_fail(err, TANDA_EUSAGE,
				  "a replacement belongs to a correction, not a %s", kind);
	if (a->author == NULL || a->author[0] == '\0')
		return tanda_fail(err, TANDA_EUSAGE, "an annotation needs an author");
	return TANDA_OK;
}

const char *annotation_wrong_words(const struct annotation *a)
{
	return a->anchor.old_exact != NULL ? a->anchor.old_exact : a->anchor.exact;
}
