/*
 * w3c-item.c - one JSON annotation (a Web Annotation or a Hypothesis row)
 * read into an annotation record: its target's quote and article, its
 * bodies by purpose, its kind, creator, times and id, and tanda's own
 * urn:tanda: terms, each member checked for its type as it is read.
 *
 * The strings of other tools' quotes have their whitespace runs made one
 * space, as tanda's text has them (a browser's DOM text keeps the page
 * source's line breaks); tanda's own are kept byte for byte.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize.h"
#include "sha256.h"
#include "strbuf.h"
#include "w3c-item.h"
#include "w3c-export.h"
#include "yamlset.h"

/* What a body says, by its purpose. */
enum role { ROLE_NOTE, ROLE_TAG, ROLE_REPLACEMENT, ROLE_CLAIM, ROLE_SPEAKER };

static const struct purpose {
	const char *name;
	enum role role;
} purposes[] = {
	{ "tagging", ROLE_TAG },
	{ "editing", ROLE_REPLACEMENT },
	{ "assessing", ROLE_CLAIM },
	{ "identifying", ROLE_SPEAKER },
};

/* The kinds other tools' motivations stand for. */
static const struct motivation {
	const char *name;
	enum annotation_kind kind;
} motivations[] = {
	{ "assessing", KIND_CLAIM },
	{ "editing", KIND_CORRECTION },
	{ "commenting", KIND_NOTE },
	{ "replying", KIND_NOTE },
	{ "questioning", KIND_NOTE },
	{ "describing", KIND_NOTE },
	{ "highlighting", KIND_HIGHLIGHT },
	{ "bookmarking", KIND_HIGHLIGHT },
	{ "classifying", KIND_HIGHLIGHT },
	{ "tagging", KIND_HIGHLIGHT },
	{ "identifying", KIND_HIGHLIGHT },
};

/* The bodies' values while an annotation is read (borrowed from the JSON
 * tree, the note built). */
struct bodies {
	struct strbuf note;
	const char *replacement, *claim, *speaker;
	int motivated;			/* a motivation named the kind */
	enum annotation_kind kind;
};

/* What reading one annotation carries from member to member. */
struct reading {
	struct w3c_item *item;
	int quoted;		/* a TextQuoteSelector was read */
	struct bodies *bodies;	/* while the bodies are read */
};

/* A reader of one value (at where) of a member that holds one value or a
 * list of them. */
typedef enum tanda_status (*read_fn)(struct w3c_place *where, json_t *value, struct reading *r);

/* The time stamp an annotation without one gets: the oldest, so that a
 * later edit of it is never overwritten by importing the file again. */
#define NO_TIME "1970-01-01T00:00:00Z"

void w3c_place_init(struct w3c_place *where, const char *name, struct tanda_error *err)
{
	where->name = name;
	where->err = err;
	where->len = 0;
	strbuf_init_fixed(&where->sb, where->path, sizeof where->path);
}

size_t w3c_place_push(struct w3c_place *where, const char *key, size_t index)
{
	size_t len = where->len;

	if (key != NULL)
		strbuf_addf(&where->sb, "%s%s", len > 0 ? "." : "", key);
	else
		strbuf_addf(&where->sb, "[%zu]", index);
	where->len = where->sb.len;
	return len;
}

void w3c_place_pop(struct w3c_place *where, size_t len)
{
	strbuf_setlen(&where->sb, len);
	where->sb.truncated = 0;
	where->len = where->sb.len;
}

enum tanda_status w3c_place_fail(struct w3c_place *where, const char *fmt, ...)
{
	char message[TANDA_ERROR_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	return tanda_fail(where->err, TANDA_EDATA, "%s: %s%s%s", where->name, where->path,
			  where->len > 0 ? ": " : "", message);
}

/* Fail: out of memory. */
static enum tanda_status no_memory(struct w3c_place *where)
{
	return tanda_fail(where->err, TANDA_ENOMEM, "%s: out of memory", where->name);
}

/* Fail about member key: message. */
static enum tanda_status member_fail(struct w3c_place *where, const char *key, const char *message)
{
	size_t len = w3c_place_push(where, key, 0);
	enum tanda_status status = w3c_place_fail(where, "%s", message);

	w3c_place_pop(where, len);
	return status;
}

/* Member key of o as a string into *out: NULL when it is absent or null;
 * fails when it is something else. */
static enum tanda_status get_text(struct w3c_place *where, json_t *o, const char *key,
				  const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return TANDA_OK;
	if (!json_is_string(v))
		return member_fail(where, key, "not a string");
	*out = json_string_value(v);
	return TANDA_OK;
}

/* Member key of o as a whole number from 0 to max into *out (*present
 * says whether there was one). */
static enum tanda_status get_count(struct w3c_place *where, json_t *o, const char *key,
				   json_int_t max, uint64_t *out, int *present)
{
	json_t *v = json_object_get(o, key);

	*present = v != NULL && !json_is_null(v);
	if (!*present)
		return TANDA_OK;
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > max)
		return member_fail(where, key, "not a whole number from 0 up");
	*out = (uint64_t)json_integer_value(v);
	return TANDA_OK;
}

/* Copy s into *field (NULL stays NULL); 0 on success. */
static int copy_into(char **field, const char *s)
{
	return annotation_set(field, s);
}

/* s with each whitespace run one space (not trimmed), as a new string. */
static char *collapsed(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	int in_space = 0;

	strbuf_addstr(&sb, "");
	for (; *s != '\0'; s++) {
		if (normalize_is_space(*s)) {
			if (!in_space)
				strbuf_addch(&sb, ' ');
			in_space = 1;
			continue;
		}
		strbuf_addch(&sb, *s);
		in_space = 0;
	}
	return strbuf_detach(&sb, NULL);
}

/* s, then a space when the exact text had one at its start (lead) and s
 * does not end with one: the context before it, collapsed. */
static char *prefix_with(const char *s, int lead)
{
	struct strbuf sb = STRBUF_INIT;
	char *tidy = collapsed(s);
	size_t len = tidy != NULL ? strlen(tidy) : 0;

	if (tidy == NULL || !lead || (len > 0 && tidy[len - 1] == ' '))
		return tidy;
	strbuf_addstr(&sb, tidy);
	strbuf_addch(&sb, ' ');
	free(tidy);
	return strbuf_detach(&sb, NULL);
}

/* A space when the exact text had one at its end (trail) and s does not
 * start with one, then s: the context after it, collapsed. */
static char *suffix_with(const char *s, int trail)
{
	struct strbuf sb = STRBUF_INIT;
	char *tidy = collapsed(s);

	if (tidy == NULL || !trail || tidy[0] == ' ')
		return tidy;
	strbuf_addch(&sb, ' ');
	strbuf_addstr(&sb, tidy);
	free(tidy);
	return strbuf_detach(&sb, NULL);
}

/* Give another tool's quote tanda's whitespace: runs of it one space, none
 * at either end of the exact text (where it moves to the context). */
static int tidy_quote(struct anchor *an)
{
	char *exact = collapsed(an->exact), *prefix = NULL, *suffix = NULL;
	size_t len;
	int lead, trail = 0;

	if (exact == NULL)
		return -1;
	lead = exact[0] == ' ';
	len = strlen(exact + lead);
	if (len > 0 && exact[lead + len - 1] == ' ') {
		len--;
		trail = 1;
	}
	memmove(exact, exact + lead, len);
	exact[len] = '\0';
	prefix = prefix_with(an->prefix ? an->prefix : "", lead);
	suffix = suffix_with(an->suffix ? an->suffix : "", trail);
	free(an->exact);
	free(an->prefix);
	free(an->suffix);
	an->exact = exact;
	an->prefix = prefix;
	an->suffix = suffix;
	return prefix == NULL || suffix == NULL ? -1 : 0;
}

/* Read member key of node, one value or a list of them, each with fn. */
static enum tanda_status read_each(struct w3c_place *where, json_t *node, const char *key,
				   read_fn fn, struct reading *r)
{
	json_t *member = json_object_get(node, key), *value;
	enum tanda_status status = TANDA_OK;
	size_t len = w3c_place_push(where, key, 0), i;

	if (json_is_array(member)) {
		json_array_foreach(member, i, value) {
			size_t at = w3c_place_push(where, NULL, i);

			status = fn(where, value, r);
			w3c_place_pop(where, at);
			if (status != TANDA_OK)
				break;
		}
	} else if (member != NULL) {
		status = fn(where, member, r);
	}
	w3c_place_pop(where, len);
	return status;
}

/* Read one selector (an object at where) into the item's anchor; r->quoted
 * is set by a TextQuoteSelector (read_fn). */
static enum tanda_status read_selector(struct w3c_place *where, json_t *s, struct reading *r)
{
	const char *type = NULL, *exact, *prefix, *suffix;
	struct w3c_item *item = r->item;
	struct anchor *an = &item->a.anchor;
	enum tanda_status status;
	int has_start = 0, has_end = 0;

	if (!json_is_object(s))
		return TANDA_OK;	/* an IRI of a selector: nothing to read */
	if ((status = get_text(where, s, "type", &type)) != TANDA_OK || type == NULL)
		return status;
	if (strcmp(type, "TextPositionSelector") == 0) {
		if ((status = get_count(where, s, "start", INT64_MAX, &an->start, &has_start)) != TANDA_OK ||
		    (status = get_count(where, s, "end", INT64_MAX, &an->end, &has_end)) != TANDA_OK)
			return status;
		item->has_position = has_start && has_end && an->end >= an->start;
		return TANDA_OK;
	}
	if (strcmp(type, "TextQuoteSelector") != 0 || r->quoted)
		return TANDA_OK;
	if ((status = get_text(where, s, "exact", &exact)) != TANDA_OK ||
	    (status = get_text(where, s, "prefix", &prefix)) != TANDA_OK ||
	    (status = get_text(where, s, "suffix", &suffix)) != TANDA_OK)
		return status;
	if (exact == NULL)
		return member_fail(where, "exact", "a TextQuoteSelector needs its exact text");
	if (copy_into(&an->exact, exact) || copy_into(&an->prefix, prefix) ||
	    copy_into(&an->suffix, suffix))
		return no_memory(where);
	r->quoted = 1;
	return TANDA_OK;
}

/* Whether text is 64 hexadecimal digits; if so, in lower case into out. */
static int read_sha256(const char *text, char out[65])
{
	size_t i;

	for (i = 0; i < 64; i++) {
		char c = text[i] >= 'A' && text[i] <= 'F' ? (char)(text[i] + 32) : text[i];

		if (strchr("0123456789abcdef", c) == NULL || c == '\0')
			return 0;
		out[i] = c;
	}
	out[64] = '\0';
	return text[64] == '\0';
}

char *w3c_article_url(const char *url, int *failed)
{
	char *copy;

	if (url == NULL || (strncasecmp(url, "http://", 7) != 0 &&
			    strncasecmp(url, "https://", 8) != 0))
		return NULL;
	if ((copy = strndup(url, strcspn(url, "#"))) == NULL)
		*failed = 1;
	return copy;
}

/* Name item's article from source, a target's source (NULL: none):
 * urn:sha256:HEX, or an http or https URL, unless one is named already. */
static enum tanda_status name_article(struct w3c_place *where, const char *source,
				      struct w3c_item *item)
{
	int failed = 0;

	if (source == NULL)
		return TANDA_OK;
	if (item->sha256[0] == '\0' && strncmp(source, "urn:sha256:", 11) == 0 &&
	    !read_sha256(source + 11, item->sha256))
		return member_fail(where, "source", "urn:sha256: and not 64 hexadecimal digits");
	if (item->url == NULL)
		item->url = w3c_article_url(source, &failed);
	return failed ? no_memory(where) : TANDA_OK;
}

/* Read the article's metadata that tanda's export puts on target t. */
static enum tanda_status read_article_terms(struct w3c_place *where, json_t *t,
					    struct w3c_item *item)
{
	const char *title = NULL, *publication = NULL, *published = NULL, *language = NULL;
	uint64_t paragraphs = 0;
	enum tanda_status status;
	int present = 0;

	if ((status = get_text(where, t, W3C_TANDA_PREFIX "title", &title)) != TANDA_OK ||
	    (status = get_text(where, t, W3C_TANDA_PREFIX "publication", &publication)) != TANDA_OK ||
	    (status = get_text(where, t, W3C_TANDA_PREFIX "published", &published)) != TANDA_OK ||
	    (status = get_text(where, t, W3C_TANDA_PREFIX "language", &language)) != TANDA_OK ||
	    (status = get_count(where, t, W3C_TANDA_PREFIX "paragraphs", INT64_MAX, &paragraphs,
				&present)) != TANDA_OK)
		return status;
	item->paragraphs = (size_t)paragraphs;
	if (copy_into(&item->title, title) || copy_into(&item->publication, publication) ||
	    copy_into(&item->published, published) || copy_into(&item->language, language))
		return no_memory(where);
	return TANDA_OK;
}

/* Read one target (at where): its source, tanda's sha256, and its
 * selectors when no target before had a quote (read_fn). */
static enum tanda_status read_one_target(struct w3c_place *where, json_t *t, struct reading *r)
{
	struct w3c_item *item = r->item;
	const char *source = NULL, *sha256 = NULL;
	enum tanda_status status;

	if (json_is_string(t))
		return name_article(where, json_string_value(t), item);
	if (!json_is_object(t))
		return w3c_place_fail(where, "not a target (an object or an IRI)");
	if ((status = get_text(where, t, "source", &source)) != TANDA_OK ||
	    (status = get_text(where, t, W3C_TANDA_PREFIX "sha256", &sha256)) != TANDA_OK)
		return status;
	if (sha256 != NULL && !read_sha256(sha256, item->sha256))
		return member_fail(where, W3C_TANDA_PREFIX "sha256", "not 64 hexadecimal digits");
	if (r->quoted)
		return TANDA_OK;
	if ((status = read_each(where, t, "selector", read_selector, r)) != TANDA_OK || !r->quoted ||
	    (status = read_article_terms(where, t, item)) != TANDA_OK)
		return status;
	return name_article(where, source, item);
}

/* Add text to the note, a blank line after what is there. */
static void add_note(struct bodies *b, const char *text)
{
	if (text == NULL || text[0] == '\0')
		return;
	if (b->note.len > 0)
		strbuf_addstr(&b->note, "\n\n");
	strbuf_addstr(&b->note, text);
}

/* Add tag name to item; fails for an empty one or control characters. */
static enum tanda_status add_tag(struct w3c_place *where, struct w3c_item *item,
				 const char *name)
{
	const unsigned char *c = (const unsigned char *)name;

	while (*c >= 0x20 && *c != 0x7f)
		c++;
	if (name[0] == '\0' || *c != '\0')
		return w3c_place_fail(where, name[0] ? "a tag cannot hold control characters"
					       : "a tag cannot be empty");
	return annotation_add_tag(&item->a, name) == 0 ? TANDA_OK : no_memory(where);
}

/* The role a body's purpose gives it. */
static enum role role_of(const char *purpose)
{
	size_t i;

	for (i = 0; purpose != NULL && i < sizeof purposes / sizeof purposes[0]; i++)
		if (strcmp(purpose, purposes[i].name) == 0)
			return purposes[i].role;
	return ROLE_NOTE;
}

/* Read one body (at where): its value by its purpose (read_fn). */
static enum tanda_status read_body(struct w3c_place *where, json_t *body, struct reading *r)
{
	struct w3c_item *item = r->item;
	struct bodies *b = r->bodies;
	const char *value = NULL, *purpose = NULL;
	enum tanda_status status;

	if (!json_is_object(body))
		return TANDA_OK;	/* an IRI: a resource, not text */
	if ((status = get_text(where, body, "value", &value)) != TANDA_OK ||
	    (status = get_text(where, body, "purpose", &purpose)) != TANDA_OK || value == NULL)
		return status;
	switch (role_of(purpose)) {
	case ROLE_TAG:
		return add_tag(where, item, value);
	case ROLE_REPLACEMENT:
		b->replacement = value;
		return TANDA_OK;
	case ROLE_CLAIM:
		b->claim = value;
		return TANDA_OK;
	case ROLE_SPEAKER:
		b->speaker = value;
		return TANDA_OK;
	default:
		add_note(b, value);
		return TANDA_OK;
	}
}

/* Read bodyValue and the body member of node (one body or a list). */
static enum tanda_status read_bodies(struct w3c_place *where, json_t *node, struct reading *r)
{
	const char *value = NULL;
	enum tanda_status status = get_text(where, node, "bodyValue", &value);

	if (status != TANDA_OK)
		return status;
	add_note(r->bodies, value);
	return read_each(where, node, "body", read_body, r);
}

/* Read Hypothesis's text (the note) and tags (a list of strings). */
static enum tanda_status read_hypothesis_bodies(struct w3c_place *where, json_t *node,
						struct w3c_item *item, struct bodies *b)
{
	json_t *tags = json_object_get(node, "tags"), *tag;
	const char *text = NULL;
	enum tanda_status status = get_text(where, node, "text", &text);
	size_t len, i;

	if (status != TANDA_OK)
		return status;
	add_note(b, text);
	if (tags == NULL || json_is_null(tags))
		return TANDA_OK;
	if (!json_is_array(tags))
		return member_fail(where, "tags", "not a list of strings");
	len = w3c_place_push(where, "tags", 0);
	json_array_foreach(tags, i, tag) {
		size_t at = w3c_place_push(where, NULL, i);

		status = json_is_string(tag) ? add_tag(where, item, json_string_value(tag))
					     : w3c_place_fail(where, "not a string");
		w3c_place_pop(where, at);
		if (status != TANDA_OK)
			break;
	}
	w3c_place_pop(where, len);
	return status;
}

/* The kind of a motivation of another tool's annotation, into b (the
 * first one known, when there are several). */
static void take_motivation(json_t *m, struct bodies *b)
{
	json_t *one;
	size_t i, k;

	if (json_is_array(m)) {
		json_array_foreach(m, i, one)
			if (!b->motivated)
				take_motivation(one, b);
		return;
	}
	for (k = 0; json_is_string(m) && k < sizeof motivations / sizeof motivations[0]; k++)
		if (strcmp(json_string_value(m), motivations[k].name) == 0) {
			b->kind = motivations[k].kind;
			b->motivated = 1;
			return;
		}
}

/* The kind: tanda's urn:tanda:kind, else the motivation, else a note
 * when there is text and a highlight when there is none. */
static enum tanda_status read_kind(struct w3c_place *where, json_t *node, struct w3c_item *item,
				   struct bodies *b)
{
	const char *kind = NULL;
	enum tanda_status status = get_text(where, node, W3C_TANDA_PREFIX "kind", &kind);
	int k;

	if (status != TANDA_OK)
		return status;
	if (kind != NULL) {
		if ((k = annotation_lookup(annotation_kind_names, KIND_COUNT, kind)) < 0)
			return member_fail(where, W3C_TANDA_PREFIX "kind", "not highlight, quote, "
					   "claim, correction or note");
		item->ours = 1;
		item->a.kind = (enum annotation_kind)k;
		return TANDA_OK;
	}
	take_motivation(json_object_get(node, "motivation"), b);
	item->a.kind = b->motivated ? b->kind : b->note.len > 0 ? KIND_NOTE : KIND_HIGHLIGHT;
	return TANDA_OK;
}

/* Give item the bodies that its kind takes; what another tool said that
 * the kind has no field for goes into the note. */
static enum tanda_status apply_bodies(struct w3c_place *where, struct w3c_item *item,
				      struct bodies *b)
{
	struct annotation *a = &item->a;
	int claim = b->claim ? annotation_lookup(claim_status_names, CLAIM_COUNT, b->claim) : -1;

	if (a->kind == KIND_CLAIM && claim > 0)
		a->claim = (enum claim_status)claim;
	else if (b->claim != NULL && item->ours)
		return w3c_place_fail(where, "\"%s\" is not a claim status", b->claim);
	else
		add_note(b, b->claim);
	if (a->kind == KIND_CORRECTION && b->replacement != NULL) {
		if (copy_into(&a->replacement, b->replacement))
			return no_memory(where);
		if (!item->ours)
			a->correction_status = CORRECTION_PROPOSED;
	} else {
		add_note(b, b->replacement);
	}
	if (a->kind == KIND_QUOTE && b->speaker != NULL) {
		if (copy_into(&a->speaker, b->speaker))
			return no_memory(where);
	} else {
		add_note(b, b->speaker);
	}
	if (!strbuf_ok(&b->note))
		return no_memory(where);
	a->note = b->note.len > 0 ? strbuf_detach(&b->note, NULL) : NULL;
	return TANDA_OK;
}

/* The author: creator (a string, or a Person's name, nickname or id, or
 * the first of a list), else Hypothesis's user_info.display_name, else
 * its user; "acct:" dropped; "unknown" when there is none. */
static enum tanda_status read_author(struct w3c_place *where, json_t *node, struct w3c_item *item)
{
	json_t *creator = json_object_get(node, "creator"), *info = json_object_get(node, "user_info");
	const char *name = NULL;
	enum tanda_status status = TANDA_OK;
	size_t len = w3c_place_push(where, "creator", 0);

	if (json_is_array(creator))
		creator = json_array_get(creator, 0);
	if (json_is_string(creator))
		name = json_string_value(creator);
	else if (json_is_object(creator) &&
		 (status = get_text(where, creator, "name", &name)) == TANDA_OK && name == NULL &&
		 (status = get_text(where, creator, "nickname", &name)) == TANDA_OK && name == NULL)
		status = get_text(where, creator, "id", &name);
	w3c_place_pop(where, len);
	if (status != TANDA_OK)
		return status;
	if (name == NULL && json_is_object(info) &&
	    (status = get_text(where, info, "display_name", &name)) != TANDA_OK)
		return status;
	if ((name == NULL || name[0] == '\0') &&
	    (status = get_text(where, node, "user", &name)) != TANDA_OK)
		return status;
	if (name == NULL || name[0] == '\0')
		name = "unknown";
	if (strncmp(name, "acct:", 5) == 0 && name[5] != '\0')
		name += 5;
	return copy_into(&item->a.author, name) ? no_memory(where) : TANDA_OK;
}

/* Read member key, a time stamp, into out in UTC (left "" when absent). */
static enum tanda_status read_time(struct w3c_place *where, json_t *o, const char *key,
				   char out[ANNOTATION_TIME_SIZE])
{
	const char *text = NULL;
	enum tanda_status status = get_text(where, o, key, &text);

	if (status != TANDA_OK || text == NULL)
		return status;
	if (yamlset_utc_time(text, out) != 0)
		return member_fail(where, key, "not a time stamp such as 2026-11-26T07:42:26Z");
	return TANDA_OK;
}

/* The times: created, modified (Hypothesis's updated); each stands in for
 * the other, and NO_TIME for both. */
static enum tanda_status read_times(struct w3c_place *where, json_t *node, struct w3c_item *item)
{
	struct annotation *a = &item->a;
	enum tanda_status status;

	if ((status = read_time(where, node, "created", a->created)) != TANDA_OK ||
	    (status = read_time(where, node, "modified", a->modified)) != TANDA_OK ||
	    (a->modified[0] == '\0' && (status = read_time(where, node, "updated", a->modified)) != TANDA_OK))
		return status;
	if (a->created[0] == '\0')
		memcpy(a->created, a->modified[0] ? a->modified : NO_TIME, ANNOTATION_TIME_SIZE);
	if (a->modified[0] == '\0')
		memcpy(a->modified, a->created, ANNOTATION_TIME_SIZE);
	return TANDA_OK;
}

/* Whether text is a UUID (8-4-4-4-12 hexadecimal digits); if so, in lower
 * case into id. */
static int read_uuid(const char *text, char id[ANNOTATION_ID_SIZE])
{
	size_t i;

	for (i = 0; i < 36; i++) {
		char c = text[i] >= 'A' && text[i] <= 'F' ? (char)(text[i] + 32) : text[i];
		int dash = i == 8 || i == 13 || i == 18 || i == 23;

		if (c == '\0' || (dash ? c != '-' : strchr("0123456789abcdef", c) == NULL))
			return 0;
		id[i] = c;
	}
	id[36] = '\0';
	return text[36] == '\0';
}

/* The id: urn:uuid:UUID as it is; any other id, or the annotation's JSON
 * without one, made into a UUID by its SHA-256, so that importing the file
 * again finds the same annotations. */
static enum tanda_status read_id(struct w3c_place *where, json_t *node, struct w3c_item *item)
{
	unsigned char digest[SHA256_DIGEST_SIZE];
	const char *id = NULL;
	struct sha256 ctx;
	enum tanda_status status = get_text(where, node, "id", &id);
	char *dumped = NULL;

	if (status != TANDA_OK)
		return status;
	if (id != NULL && strncmp(id, "urn:uuid:", 9) == 0 && read_uuid(id + 9, item->a.id))
		return TANDA_OK;
	if (id == NULL || id[0] == '\0') {
		if ((dumped = json_dumps(node, JSON_COMPACT | JSON_SORT_KEYS)) == NULL)
			return no_memory(where);
		id = dumped;
	}
	sha256_init(&ctx);
	sha256_update(&ctx, "w3c:", 4);
	sha256_update(&ctx, id, strlen(id));
	sha256_final(&ctx, digest);
	annotation_format_id(digest, 8, item->a.id);
	free(dumped);
	return TANDA_OK;
}

/* Read member key of node, the name of one of names[count] from index
 * first on (1 where index 0 is "none"), into *out. */
static enum tanda_status read_name(struct w3c_place *where, json_t *node, const char *key,
				   const char *const *names, int count, int first, int *out)
{
	const char *text = NULL;
	enum tanda_status status = get_text(where, node, key, &text);
	int k;

	if (status != TANDA_OK || text == NULL)
		return status;
	if ((k = annotation_lookup(names, count, text)) < first)
		return member_fail(where, key, "not a name tanda knows");
	*out = k;
	return TANDA_OK;
}

/* Read the urn:tanda: terms that describe the anchor. */
static enum tanda_status read_anchor_terms(struct w3c_place *where, json_t *node,
					   struct anchor *an)
{
	json_t *score = json_object_get(node, W3C_TANDA_PREFIX "score");
	uint64_t paragraph = 0;
	int present = 0, state = -1;
	enum tanda_status status;

	if ((status = get_count(where, node, W3C_TANDA_PREFIX "paragraph", UINT32_MAX, &paragraph,
				&present)) != TANDA_OK)
		return status;
	if (present && paragraph == 0)
		return member_fail(where, W3C_TANDA_PREFIX "paragraph", "paragraphs count from 1");
	an->paragraph = (uint32_t)paragraph;
	if ((status = read_name(where, node, W3C_TANDA_PREFIX "anchor", anchor_state_names,
				ANCHOR_STATE_COUNT, 0, &state)) != TANDA_OK)
		return status;
	if (state >= 0)
		an->state = (enum anchor_state)state;
	if (score != NULL && (!json_is_number(score) || json_number_value(score) < 0 ||
			      json_number_value(score) > 1))
		return member_fail(where, W3C_TANDA_PREFIX "score", "not a number from 0 to 1");
	an->score = score != NULL ? json_number_value(score) : 0;
	return TANDA_OK;
}

/* Read tanda's other urn:tanda: terms: color, the correction's kind,
 * status and review, deleted. */
static enum tanda_status read_tanda_terms(struct w3c_place *where, json_t *node,
					  struct w3c_item *item)
{
	struct annotation *a = &item->a;
	json_t *deleted = json_object_get(node, W3C_TANDA_PREFIX "deleted");
	const char *color = NULL, *reviewer = NULL;
	int kind = 0, status_name = 0;
	enum tanda_status status;

	if ((status = read_anchor_terms(where, node, &a->anchor)) != TANDA_OK ||
	    (status = get_text(where, node, W3C_TANDA_PREFIX "color", &color)) != TANDA_OK ||
	    (status = read_name(where, node, W3C_TANDA_PREFIX "correctionKind",
				correction_kind_names, CORRECTION_KIND_COUNT, 1, &kind)) != TANDA_OK ||
	    (status = read_name(where, node, W3C_TANDA_PREFIX "correctionStatus",
				correction_status_names, CORRECTION_STATUS_COUNT, 1,
				&status_name)) != TANDA_OK ||
	    (status = get_text(where, node, W3C_TANDA_PREFIX "reviewedBy", &reviewer)) != TANDA_OK ||
	    (status = read_time(where, node, W3C_TANDA_PREFIX "reviewedAt", a->reviewed_at)) != TANDA_OK)
		return status;
	if (deleted != NULL && !json_is_boolean(deleted))
		return member_fail(where, W3C_TANDA_PREFIX "deleted", "not true or false");
	a->deleted = json_is_true(deleted);
	if (kind > 0)
		a->correction_kind = (enum correction_kind)kind;
	if (status_name > 0)
		a->correction_status = (enum correction_status)status_name;
	if (copy_into(&a->color, color) || copy_into(&a->reviewed_by, reviewer))
		return no_memory(where);
	return TANDA_OK;
}

/* The page's title, when Hypothesis gives it (document.title: a string
 * or the first of a list). */
static enum tanda_status read_title(struct w3c_place *where, json_t *node, struct w3c_item *item)
{
	json_t *doc = json_object_get(node, "document"), *title;

	if (!json_is_object(doc) || item->title != NULL)
		return TANDA_OK;
	title = json_object_get(doc, "title");
	if (json_is_array(title))
		title = json_array_get(title, 0);
	if (!json_is_string(title) || json_string_length(title) == 0)
		return TANDA_OK;
	return copy_into(&item->title, json_string_value(title)) ? no_memory(where) : TANDA_OK;
}

/* Read what names the annotation's words and article; *skipped says why
 * an annotation has none that tanda can anchor. */
static enum tanda_status read_anchor(struct w3c_place *where, json_t *node,
				     struct w3c_item *item, const char **skipped)
{
	json_t *references = json_object_get(node, "references");
	struct reading r = { .item = item, .quoted = 0, .bodies = NULL };
	const char *uri = NULL;
	enum tanda_status status;
	int failed = 0;

	if (json_is_array(references) && json_array_size(references) > 0) {
		*skipped = "a reply to another annotation, with no quote of its own";
		return TANDA_OK;
	}
	if ((status = read_each(where, node, "target", read_one_target, &r)) != TANDA_OK)
		return status;
	if (!r.quoted) {
		*skipped = "no quote of the words it is about (a note on a whole page?)";
		return TANDA_OK;
	}
	if (item->url == NULL && (status = get_text(where, node, "uri", &uri)) != TANDA_OK)
		return status;
	if (item->url == NULL && (item->url = w3c_article_url(uri, &failed)) == NULL && failed)
		return no_memory(where);
	if (item->sha256[0] == '\0' && item->url == NULL)
		*skipped = "not about a web page (its source is not an http or https URL)";
	return read_title(where, node, item);
}

/* Read everything but the anchor: bodies, kind, author, times, id, terms. */
static enum tanda_status read_content(struct w3c_place *where, json_t *node,
				      struct w3c_item *item)
{
	struct bodies b;
	struct reading r = { .item = item, .quoted = 1, .bodies = &b };
	enum tanda_status status;

	memset(&b, 0, sizeof b);
	strbuf_init(&b.note);
	status = read_bodies(where, node, &r);
	if (status == TANDA_OK)
		status = read_hypothesis_bodies(where, node, item, &b);
	if (status == TANDA_OK)
		status = read_kind(where, node, item, &b);
	if (status == TANDA_OK)
		status = apply_bodies(where, item, &b);
	strbuf_release(&b.note);
	if (status == TANDA_OK)
		status = read_author(where, node, item);
	if (status == TANDA_OK)
		status = read_times(where, node, item);
	if (status == TANDA_OK)
		status = read_id(where, node, item);
	if (status == TANDA_OK && item->ours)
		status = read_tanda_terms(where, node, item);
	return status;
}

enum tanda_status w3c_item_read(json_t *node, struct w3c_place *where, struct w3c_item *item,
				const char **skipped)
{
	struct tanda_error why;
	enum tanda_status status;

	memset(item, 0, sizeof *item);
	annotation_init(&item->a);
	snprintf(item->path, sizeof item->path, "%s", where->path);
	*skipped = NULL;
	if (!json_is_object(node))
		return w3c_place_fail(where, "not an annotation (a JSON object)");
	status = read_anchor(where, node, item, skipped);
	if (status != TANDA_OK || *skipped != NULL)
		return status;
	if ((status = read_content(where, node, item)) != TANDA_OK)
		return status;
	if (!item->ours && tidy_quote(&item->a.anchor) != 0)
		return no_memory(where);
	if (item->a.anchor.exact[0] == '\0') {
		*skipped = "its quote is only whitespace";
		return TANDA_OK;
	}
	if (annotation_validate(&item->a, &why) != TANDA_OK)
		return w3c_place_fail(where, "%s", why.message);
	return TANDA_OK;
}

void w3c_item_clear(struct w3c_item *item)
{
	annotation_clear(&item->a);
	free(item->url);
	free(item->title);
	free(item->publication);
	free(item->published);
	free(item->language);
	memset(item, 0, sizeof *item);
}
