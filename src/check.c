/*
 * check.c - the list of findings the checks append to.
 */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "check.h"
#include "grow.h"

void findings_init(struct findings *f)
{
	memset(f, 0, sizeof *f);
}

/* Free one finding's strings and places. */
static void finding_clear(struct finding *finding)
{
	free(finding->message);
	free(finding->replacement);
	free(finding->places);
}

void findings_free(struct findings *f)
{
	size_t i;

	for (i = 0; i < f->count; i++)
		finding_clear(&f->items[i]);
	free(f->items);
	findings_init(f);
}

void findings_remove(struct findings *f, size_t i)
{
	finding_clear(&f->items[i]);
	memmove(&f->items[i], &f->items[i + 1], (f->count - i - 1) * sizeof f->items[0]);
	f->count--;
}

int finding_add_place(struct finding *finding, size_t start, size_t end)
{
	if (GROW(finding->places, finding->places_alloc, finding->nplaces + 1) != 0)
		return -1;
	finding->places[finding->nplaces].start = start;
	finding->places[finding->nplaces].end = end;
	finding->nplaces++;
	return 0;
}

struct finding *findings_add(struct findings *f, enum finding_kind kind, size_t start,
			     size_t end, const char *message, const char *replacement)
{
	struct finding *finding;

	if (GROW(f->items, f->alloc, f->count + 1) != 0)
		return NULL;
	finding = &f->items[f->count];
	memset(finding, 0, sizeof *finding);
	finding->kind = kind;
	finding->start = start;
	finding->end = end;
	finding->message = strdup(message);
	finding->replacement = replacement ? strdup(replacement) : NULL;
	if (finding->message == NULL || (replacement && finding->replacement == NULL) ||
	    finding_add_place(finding, start, end) != 0) {
		finding_clear(finding);
		return NULL;
	}
	f->count++;
	return finding;
}

/* Compare two findings for qsort: by start, then kind. */
static int compare_findings(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

void findings_sort(struct findings *f)
{
	if (f->count > 1)
		qsort(f->items, f->count, sizeof *f->items, compare_findings);
}

const char *check_language(const struct article *article, const struct check_options *options)
{
	const char *lang = options && options->language ? options->language : article->meta.language;

	return lang != NULL && strcmp(lang, "en") == 0 ? "en" : "id";
}

const char *finding_kind_name(enum finding_kind kind)
{
	static const char *const names[FINDING_KIND_COUNT] = {
		[FINDING_DATE] = "date",
		[FINDING_NAME] = "name",
		[FINDING_TITLE] = "title",
	};

	return kind < FINDING_KIND_COUNT ? names[kind] : "?";
}

int check_publication(const struct article *article, const struct check_options *options,
		      struct calendar_date *out)
{
	const char *text = options != NULL && options->published != NULL ? options->published :
			   article->meta.published;

	if (text != NULL && calendar_parse_iso(text, out))
		return 1;
	out->year = out->month = out->day = 0;
	return 0;
}
