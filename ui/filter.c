/*
 * filter.c - the annotation list's filter: parsing ':filter FIELD=VALUE...'
 * through a table of fields, matching annotations, and writing the
 * conditions back as they are typed for the list's header.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "filter.h"
#include "grow.h"
#include "strbuf.h"

const char *const filter_kind_short_names[KIND_COUNT] = {
	"hl", "quote", "claim", "corr", "note",
};

/* A table of names, as annotation.h keeps them (index 0 may be NULL). */
struct names {
	const char *const *names;
	int count;
};

/* What status= takes: claim statuses, correction statuses, anchor states
 * (their names are all different). */
static const struct names status_tables[] = {
	{ claim_status_names, CLAIM_COUNT },
	{ correction_status_names, CORRECTION_STATUS_COUNT },
	{ anchor_state_names, ANCHOR_STATE_COUNT },
};

#define STATUS_TABLES (sizeof status_tables / sizeof status_tables[0])

/* Append the names of table to sb, comma-separated, after what is there. */
static void append_names(struct strbuf *sb, const struct names *table)
{
	int i;

	for (i = 0; i < table->count; i++)
		if (table->names[i] != NULL)
			strbuf_addf(sb, "%s%s", sb->len > 0 ? ", " : "", table->names[i]);
}

/* Free the field conditions of f and drop them; the text condition stays. */
static void clear_fields(struct filter *f)
{
	size_t i;

	for (i = 0; i < f->ntags; i++)
		free(f->tags[i]);
	free(f->tags);
	free(f->author);
	f->tags = NULL;
	f->ntags = f->tags_alloc = 0;
	f->author = NULL;
	f->has_kind = 0;
	f->kind = KIND_HIGHLIGHT;
	f->status = NULL;
}

void filter_clear(struct filter *f)
{
	clear_fields(f);
	search_free(&f->text);
}

/* Write the kind names into buf as kind= takes them: "highlight (hl), ...". */
static void list_kinds(char *buf, size_t size)
{
	struct strbuf sb;
	int i;

	strbuf_init_fixed(&sb, buf, size);
	for (i = 0; i < KIND_COUNT; i++) {
		const char *name = annotation_kind_names[i], *brief = filter_kind_short_names[i];

		strbuf_addf(&sb, "%s%s", i > 0 ? ", " : "", name);
		if (strcmp(name, brief) != 0)
			strbuf_addf(&sb, " (%s)", brief);
	}
}

/* kind=VALUE: a full or short kind name. */
static enum tanda_status set_kind(struct filter *f, const char *value, struct tanda_error *err)
{
	char allowed[256];
	int kind = annotation_lookup(annotation_kind_names, KIND_COUNT, value);

	if (kind < 0)
		kind = annotation_lookup(filter_kind_short_names, KIND_COUNT, value);
	if (f->has_kind)
		return tanda_fail(err, TANDA_EUSAGE, "filter: kind given twice");
	if (kind < 0) {
		list_kinds(allowed, sizeof allowed);
		return tanda_fail(err, TANDA_EUSAGE, "filter: unknown kind '%s' (kinds: %s)", value,
				  allowed);
	}
	f->has_kind = 1;
	f->kind = (enum annotation_kind)kind;
	return TANDA_OK;
}

/* The name of the status called name, from status_tables, or NULL. */
static const char *find_status(const char *name)
{
	size_t t;

	for (t = 0; t < STATUS_TABLES; t++) {
		int i = annotation_lookup(status_tables[t].names, status_tables[t].count, name);

		if (i >= 0)
			return status_tables[t].names[i];
	}
	return NULL;
}

/* Write the names status= takes into buf, comma-separated. */
static void list_statuses(char *buf, size_t size)
{
	struct strbuf sb;
	size_t t;

	strbuf_init_fixed(&sb, buf, size);
	for (t = 0; t < STATUS_TABLES; t++)
		append_names(&sb, &status_tables[t]);
}

/* status=VALUE: a claim status, a correction status or an anchor state. */
static enum tanda_status set_status(struct filter *f, const char *value, struct tanda_error *err)
{
	char allowed[512];

	if (f->status != NULL)
		return tanda_fail(err, TANDA_EUSAGE, "filter: status given twice");
	f->status = find_status(value);
	if (f->status != NULL)
		return TANDA_OK;
	list_statuses(allowed, sizeof allowed);
	return tanda_fail(err, TANDA_EUSAGE, "filter: unknown status '%s' (statuses: %s)", value,
			  allowed);
}

/* author=VALUE: the annotation's author. */
static enum tanda_status set_author(struct filter *f, const char *value, struct tanda_error *err)
{
	if (f->author != NULL)
		return tanda_fail(err, TANDA_EUSAGE, "filter: author given twice");
	f->author = strdup(value);
	return f->author != NULL ? TANDA_OK : tanda_fail(err, TANDA_ENOMEM, "out of memory");
}

/* tag=VALUE: one more tag the annotation must have. */
static enum tanda_status add_tag(struct filter *f, const char *value, struct tanda_error *err)
{
	if (GROW(f->tags, f->tags_alloc, f->ntags + 1) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	f->tags[f->ntags] = strdup(value);
	if (f->tags[f->ntags] == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	f->ntags++;
	return TANDA_OK;
}

/* A field of ':filter' and how its value goes into a filter. */
static const struct field {
	const char *name;
	enum tanda_status (*set)(struct filter *f, const char *value, struct tanda_error *err);
} fields[] = {
	{ "kind", set_kind },
	{ "tag", add_tag },
	{ "author", set_author },
	{ "status", set_status },
};

#define FIELDS (sizeof fields / sizeof fields[0])

/* The field called name, or NULL. */
static const struct field *find_field(const char *name)
{
	size_t i;

	for (i = 0; i < FIELDS; i++)
		if (strcmp(fields[i].name, name) == 0)
			return &fields[i];
	return NULL;
}

/* Write the field names into buf, comma-separated. */
static void list_fields(char *buf, size_t size)
{
	struct strbuf sb;
	size_t i;

	strbuf_init_fixed(&sb, buf, size);
	for (i = 0; i < FIELDS; i++)
		strbuf_addf(&sb, "%s%s", i > 0 ? ", " : "", fields[i].name);
}

/* Take one FIELD=VALUE word (changed in place) into f. */
static enum tanda_status parse_word(struct filter *f, char *word, struct tanda_error *err)
{
	char *equals = strchr(word, '='), names[128];
	const struct field *field;

	list_fields(names, sizeof names);
	if (equals == NULL)
		return tanda_fail(err, TANDA_EUSAGE, "filter: '%s' is not FIELD=VALUE (fields: %s)",
				  word, names);
	*equals = '\0';
	field = find_field(word);
	if (field == NULL)
		return tanda_fail(err, TANDA_EUSAGE, "filter: unknown field '%s' (fields: %s)", word,
				  names);
	if (equals[1] == '\0')
		return tanda_fail(err, TANDA_EUSAGE, "filter: %s= needs a value", word);
	return field->set(f, equals + 1, err);
}

enum tanda_status filter_parse(struct filter *f, const char *text, struct tanda_error *err)
{
	struct filter next;
	enum tanda_status status = TANDA_OK;
	char *copy = strdup(text), *word, *save = NULL;

	if (copy == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	memset(&next, 0, sizeof next);
	for (word = strtok_r(copy, " \t", &save); word != NULL && status == TANDA_OK;
	     word = strtok_r(NULL, " \t", &save))
		status = parse_word(&next, word, err);
	free(copy);
	if (status != TANDA_OK) {
		clear_fields(&next);
		return status;
	}
	clear_fields(f);
	next.text = f->text;	/* the text condition is not the argument's */
	*f = next;
	return TANDA_OK;
}

enum tanda_status filter_set_text(struct filter *f, const char *text, struct tanda_error *err)
{
	struct search compiled;
	enum tanda_status status;

	if (text == NULL || text[0] == '\0') {
		search_free(&f->text);
		return TANDA_OK;
	}
	status = search_compile(&compiled, text, err);
	if (status != TANDA_OK)
		return status;
	search_free(&f->text);
	f->text = compiled;
	return TANDA_OK;
}

int filter_is_empty(const struct filter *f)
{
	return !f->has_kind && f->ntags == 0 && f->author == NULL && f->status == NULL &&
	       f->text.pattern == NULL;
}

/* names[i], or NULL when i is out of the table. */
static const char *name_of(const char *const *names, int count, int i)
{
	return i >= 0 && i < count ? names[i] : NULL;
}

/* Whether status is a's claim status, correction status or anchor state. */
static int has_status(const struct annotation *a, const char *status)
{
	const char *own[] = {
		name_of(claim_status_names, CLAIM_COUNT, (int)a->claim),
		name_of(correction_status_names, CORRECTION_STATUS_COUNT, (int)a->correction_status),
		name_of(anchor_state_names, ANCHOR_STATE_COUNT, (int)a->anchor.state),
	};
	size_t i;

	for (i = 0; i < sizeof own / sizeof own[0]; i++)
		if (own[i] != NULL && strcmp(own[i], status) == 0)
			return 1;
	return 0;
}

/* Whether a has every tag of f. */
static int has_tags(const struct annotation *a, const struct filter *f)
{
	size_t i;

	for (i = 0; i < f->ntags; i++)
		if (!annotation_has_tag(a, f->tags[i]))
			return 0;
	return 1;
}

/* Whether the search s finds something in field (NULL: no). */
static int found_in(const struct search *s, const char *field)
{
	size_t start, len;

	return field != NULL && search_find(s, field, strlen(field), 0, 1, &start, &len);
}

/* Whether s finds something in a's text, note, replacement, speaker or tags. */
static int has_text(const struct annotation *a, const struct search *s)
{
	size_t i;

	if (found_in(s, a->anchor.exact) || found_in(s, a->note) || found_in(s, a->replacement) ||
	    found_in(s, a->speaker))
		return 1;
	for (i = 0; i < a->ntags; i++)
		if (found_in(s, a->tags[i]))
			return 1;
	return 0;
}

int filter_match(const struct filter *f, const struct annotation *a)
{
	return (!f->has_kind || a->kind == f->kind) && has_tags(a, f) &&
	       (f->author == NULL || (a->author != NULL && strcasecmp(a->author, f->author) == 0)) &&
	       (f->status == NULL || has_status(a, f->status)) &&
	       (f->text.pattern == NULL || has_text(a, &f->text));
}

void filter_describe(const struct filter *f, char *buf, size_t size)
{
	struct strbuf sb;
	size_t i;

	if (size == 0)
		return;
	strbuf_init_fixed(&sb, buf, size);
	if (f->has_kind)
		strbuf_addf(&sb, "kind=%s ", annotation_kind_names[f->kind]);
	for (i = 0; i < f->ntags; i++)
		strbuf_addf(&sb, "tag=%s ", f->tags[i]);
	if (f->author != NULL)
		strbuf_addf(&sb, "author=%s ", f->author);
	if (f->status != NULL)
		strbuf_addf(&sb, "status=%s ", f->status);
	if (f->text.pattern != NULL)
		strbuf_addf(&sb, "/%s ", f->text.pattern);
	if (sb.len > 0 && sb.buf[sb.len - 1] == ' ')
		strbuf_setlen(&sb, sb.len - 1);
}
