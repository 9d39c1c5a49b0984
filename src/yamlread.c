/*
 * yamlread.c - libyaml's event parser with the limits of yamlread.h, the
 * typing of scalars (YAML 1.1's core schema, as PyYAML reads it: plain
 * scalars resolved by their form, quoted ones text unless tagged), and
 * mappings read through tables of fields.
 *
 * Nothing here keeps more than the current event: a file is read as it
 * streams by, never as a tree.
 */
#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "strbuf.h"
#include "utf8.h"
#include "yamlread.h"

/* The prefix of YAML's core tags, and the ones allowed after it. */
#define CORE_TAG "tag:yaml.org,2002:"
static const char *const core_tags[] = {
	"str", "int", "float", "bool", "null", "timestamp", "map", "seq",
};

/* How much of a mapped input is read before its pages are given back. */
#define RELEASE_STEP ((size_t)1 << 20)

/* The most bytes of a scalar quoted in a message. */
#define QUOTE_MAX 40

/* What a scalar is, by its tag or, for a plain one, its form. */
enum scalar_kind {
	SCALAR_NULL,
	SCALAR_BOOL,
	SCALAR_INT,
	SCALAR_FLOAT,
	SCALAR_TEXT,
};

/* Give back the pages of a mapped input that libyaml has read: a file
 * read once need not stay in memory (the kernel reads a page again if a
 * message wants it). */
static void release_behind(struct yamlread *r)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE), upto = r->fed / page * page;

	if (upto > r->released &&
	    madvise((char *)(uintptr_t)r->bytes + r->released, upto - r->released,
		    MADV_DONTNEED) == 0)
		r->released = upto;
}

/* Hand libyaml the next bytes of the input, unless it has read more than
 * twice the scalar limit since the last event: a scalar too long to wait
 * for (libyaml would hold all of it). */
static int feed(void *data, unsigned char *buffer, size_t size, size_t *size_read)
{
	struct yamlread *r = data;
	size_t n = r->size - r->fed;

	if (r->parser.mark.index > r->quiet.index &&
	    r->parser.mark.index - r->quiet.index > 2 * r->max_scalar) {
		r->too_long = 1;
		return 0;
	}
	if (n > size)
		n = size;
	memcpy(buffer, r->bytes + r->fed, n);
	r->fed += n;
	*size_read = n;
	if (r->mapped && r->fed - r->released >= RELEASE_STEP)
		release_behind(r);
	return 1;
}

enum tanda_status yamlread_init(struct yamlread *r, const char *bytes, size_t size,
				const struct yamlread_options *options, struct tanda_error *err)
{
	assert(options->max_depth > 0 && options->max_scalar > 0);
	assert(options->max_scalar <= SIZE_MAX / 4);	/* the feed guard doubles it */
	*r = (struct yamlread){
		.name = options->name,
		.what = options->what,
		.line_offset = options->first_line > 0 ? options->first_line - 1 : 0,
		.max_depth = options->max_depth,
		.max_scalar = options->max_scalar,
		.mapped = options->mapped,
		.bytes = bytes,
		.size = size,
		.err = err,
	};
	if (!yaml_parser_initialize(&r->parser))
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", r->name);
	yaml_parser_set_input(&r->parser, feed, r);
	return TANDA_OK;
}

void yamlread_release(struct yamlread *r)
{
	yaml_event_delete(&r->event);
	yaml_parser_delete(&r->parser);
}

/* The 1-based place in the file of a libyaml mark. */
static struct yamlread_pos mark_pos(const struct yamlread *r, const yaml_mark_t *mark)
{
	struct yamlread_pos at = {
		.line = r->line_offset + (uint32_t)mark->line + 1,
		.column = (uint32_t)mark->column + 1,
	};

	return at;
}

/* The line and column (in characters) in the file of byte offset in the
 * input. */
static struct yamlread_pos offset_pos(const struct yamlread *r, size_t offset)
{
	struct yamlread_pos at = { .line = r->line_offset + 1, .column = 1 };
	size_t i;

	for (i = 0; i < offset && i < r->size; i++) {
		if (r->bytes[i] == '\n') {
			at.line++;
			at.column = 1;
		} else if (!utf8_is_continuation((unsigned char)r->bytes[i])) {
			at.column++;
		}
	}
	return at;
}

struct yamlread_pos yamlread_here(const struct yamlread *r)
{
	return mark_pos(r, &r->event.start_mark);
}

enum tanda_status yamlread_fail_at(struct yamlread *r, struct yamlread_pos at, const char *path,
				   const char *fmt, ...)
{
	char message[TANDA_ERROR_MAX];
	struct strbuf prefix;
	int named = path != NULL && path[0] != '\0';
	va_list ap;

	strbuf_init_fixed(&prefix, message, sizeof message);
	if (r->what != NULL)
		strbuf_addf(&prefix, "%s: ", r->what);
	if (named)
		strbuf_addf(&prefix, "%s: ", path);
	va_start(ap, fmt);
	strbuf_vaddf(&prefix, fmt, ap);
	va_end(ap);
	return tanda_fail(r->err, TANDA_EDATA, "%s:%lu:%lu: %s", r->name, (unsigned long)at.line,
			  (unsigned long)at.column, message);
}

enum tanda_status yamlread_fail(struct yamlread *r, const char *fmt, ...)
{
	char message[TANDA_ERROR_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	return yamlread_fail_at(r, yamlread_here(r), r->path, "%s", message);
}

/* Fail with what libyaml's reader found wrong: bad UTF-8, a control
 * character. */
static enum tanda_status reader_error(struct yamlread *r)
{
	const yaml_parser_t *p = &r->parser;
	const char *problem = p->problem ? p->problem : "cannot be read";

	return yamlread_fail_at(r, offset_pos(r, p->problem_offset), r->path, "%s%s (#x%02X)",
				strstr(problem, "UTF-8") ? "not valid UTF-8: " : "", problem,
				(unsigned)p->problem_value & 0xFFFFFFu);
}

/* Fail with what libyaml found wrong (or our input guard). */
static enum tanda_status parse_error(struct yamlread *r)
{
	const yaml_parser_t *p = &r->parser;

	if (r->too_long)
		return yamlread_fail_at(r, mark_pos(r, &r->quiet), r->path,
					"a scalar over the limit of %zu bytes", r->max_scalar);
	if (p->error == YAML_MEMORY_ERROR)
		return tanda_fail(r->err, TANDA_ENOMEM, "%s: out of memory", r->name);
	if (p->error == YAML_READER_ERROR)
		return reader_error(r);
	return yamlread_fail_at(r, mark_pos(r, &p->problem_mark), r->path, "%s%s%s%s",
				p->problem ? p->problem : "not valid YAML",
				p->context ? " (" : "", p->context ? p->context : "",
				p->context ? ")" : "");
}

/* Whether tag (NULL for none) is allowed: none, the non-specific "!", or
 * one of YAML's core tags. */
static int tag_allowed(const yaml_char_t *tag)
{
	const char *t = (const char *)tag;
	size_t i;

	if (t == NULL || strcmp(t, "!") == 0)
		return 1;
	if (strncmp(t, CORE_TAG, sizeof CORE_TAG - 1) != 0)
		return 0;
	for (i = 0; i < sizeof core_tags / sizeof core_tags[0]; i++)
		if (strcmp(t + sizeof CORE_TAG - 1, core_tags[i]) == 0)
			return 1;
	return 0;
}

/* The anchor and tag of the current event, when it has them. */
static void node_props(const yaml_event_t *e, const yaml_char_t **anchor,
		       const yaml_char_t **tag)
{
	*anchor = *tag = NULL;
	if (e->type == YAML_SCALAR_EVENT) {
		*anchor = e->data.scalar.anchor;
		*tag = e->data.scalar.tag;
	} else if (e->type == YAML_SEQUENCE_START_EVENT) {
		*anchor = e->data.sequence_start.anchor;
		*tag = e->data.sequence_start.tag;
	} else if (e->type == YAML_MAPPING_START_EVENT) {
		*anchor = e->data.mapping_start.anchor;
		*tag = e->data.mapping_start.tag;
	}
}

/* Refuse what the current event must not be: an alias, an anchored or
 * oddly tagged node, too deep a collection, too long a scalar. */
static enum tanda_status check_event(struct yamlread *r)
{
	const yaml_event_t *e = &r->event;
	const yaml_char_t *anchor, *tag;

	if (e->type == YAML_ALIAS_EVENT)
		return yamlread_fail(r, "aliases are not allowed (*%.40s)",
				     (const char *)e->data.alias.anchor);
	node_props(e, &anchor, &tag);
	if (anchor != NULL)
		return yamlread_fail(r, "anchors are not allowed (&%.40s)", (const char *)anchor);
	if (!tag_allowed(tag))
		return yamlread_fail(r, "the tag %.60s is not allowed", (const char *)tag);
	if (e->type == YAML_SEQUENCE_START_EVENT || e->type == YAML_MAPPING_START_EVENT) {
		if (++r->depth > r->max_depth)
			return yamlread_fail(r, "nested deeper than %d", r->max_depth);
	} else if (e->type == YAML_SEQUENCE_END_EVENT || e->type == YAML_MAPPING_END_EVENT) {
		r->depth--;
	} else if (e->type == YAML_SCALAR_EVENT && e->data.scalar.length > r->max_scalar) {
		return yamlread_fail(r, "a scalar of %zu bytes is over the limit of %zu",
				     e->data.scalar.length, r->max_scalar);
	}
	return TANDA_OK;
}

enum tanda_status yamlread_next(struct yamlread *r)
{
	yaml_event_delete(&r->event);
	if (!yaml_parser_parse(&r->parser, &r->event))
		return parse_error(r);
	r->quiet = r->event.end_mark;
	return check_event(r);
}

/* Append text to the path (cut when it is full); returns the length
 * before. */
static size_t path_append(struct yamlread *r, const char *text)
{
	size_t before = r->path_len, len = strlen(text);

	if (len > sizeof r->path - 1 - before)
		len = sizeof r->path - 1 - before;
	memcpy(r->path + before, text, len);
	r->path_len = before + len;
	r->path[r->path_len] = '\0';
	return before;
}

size_t yamlread_push_key(struct yamlread *r, const char *key)
{
	size_t before = r->path_len;

	if (before > 0)
		path_append(r, ".");
	path_append(r, key);
	return before;
}

size_t yamlread_push_index(struct yamlread *r, size_t index)
{
	char text[32];
	struct strbuf sb;

	strbuf_init_fixed(&sb, text, sizeof text);
	strbuf_addf(&sb, "[%zu]", index);
	return path_append(r, text);
}

void yamlread_pop(struct yamlread *r, size_t len)
{
	assert(len <= r->path_len);	/* pushes and pops pair up */
	r->path_len = len;
	r->path[len] = '\0';
}

/* The current scalar's value and tag (NULL when not a scalar). */
static const char *scalar_value(const struct yamlread *r)
{
	return r->event.type == YAML_SCALAR_EVENT ? (const char *)r->event.data.scalar.value : NULL;
}

/* The current scalar's tag without the core prefix, or NULL. */
static const char *core_tag(const struct yamlread *r)
{
	const char *tag = (const char *)r->event.data.scalar.tag;

	if (tag == NULL || strncmp(tag, CORE_TAG, sizeof CORE_TAG - 1) != 0)
		return NULL;
	return tag + sizeof CORE_TAG - 1;
}

/* 1 or 0 for the YAML 1.1 boolean words (as PyYAML reads them), else -1. */
static int bool_word(const char *s)
{
	static const char *const words[][2] = {
		{ "false", "true" }, { "False", "True" }, { "FALSE", "TRUE" },
		{ "no", "yes" }, { "No", "Yes" }, { "NO", "YES" },
		{ "off", "on" }, { "Off", "On" }, { "OFF", "ON" },
	};
	size_t i;

	if (s[0] == '\0' || strchr("fFtTnNyYoO", s[0]) == NULL)
		return -1;	/* most plain scalars: without comparing each word */
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strcmp(s, words[i][0]) == 0)
			return 0;
		if (strcmp(s, words[i][1]) == 0)
			return 1;
	}
	return -1;
}

/* Whether s is a null word. */
static int null_word(const char *s)
{
	return s[0] == '\0' || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	       strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0;
}

/* Whether s is a decimal whole number, maybe signed. */
static int int_form(const char *s)
{
	s += *s == '+' || *s == '-';
	if (*s == '\0')
		return 0;
	return s[strspn(s, "0123456789")] == '\0';
}

/* Whether s is a decimal number with a point or an exponent. */
static int float_form(const char *s)
{
	char *end;

	if (strchr("+-.0123456789", s[0]) == NULL || strpbrk(s, "xXnNiI") != NULL)
		return 0;
	errno = 0;
	strtod(s, &end);
	return end != s && *end == '\0';
}

/* What the current scalar is. */
static enum scalar_kind scalar_kind(const struct yamlread *r)
{
	static const struct {
		const char *tag;
		enum scalar_kind kind;
	} tags[] = {
		{ "null", SCALAR_NULL }, { "bool", SCALAR_BOOL }, { "int", SCALAR_INT },
		{ "float", SCALAR_FLOAT },
	};
	const char *value = scalar_value(r), *tag = core_tag(r);
	size_t i;

	if (tag != NULL) {
		for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
			if (strcmp(tag, tags[i].tag) == 0)
				return tags[i].kind;
		return SCALAR_TEXT;
	}
	if (r->event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || r->event.data.scalar.tag)
		return SCALAR_TEXT;
	if (null_word(value))
		return SCALAR_NULL;
	if (bool_word(value) >= 0)
		return SCALAR_BOOL;
	if (int_form(value))
		return SCALAR_INT;
	return float_form(value) ? SCALAR_FLOAT : SCALAR_TEXT;
}

int yamlread_is_null(const struct yamlread *r)
{
	const char *tag;

	if (r->event.type != YAML_SCALAR_EVENT)
		return 0;
	/* what scalar_kind says, asked of every value, without typing it
	 * further: a core tag is null only when it is !!null, another tag
	 * or a quoted style makes text, a plain scalar is null by its word */
	if ((tag = core_tag(r)) != NULL)
		return strcmp(tag, "null") == 0;
	return r->event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	       r->event.data.scalar.tag == NULL && null_word(scalar_value(r));
}

int yamlread_is_mapping(const struct yamlread *r)
{
	return r->event.type == YAML_MAPPING_START_EVENT;
}

int yamlread_is_sequence(const struct yamlread *r)
{
	return r->event.type == YAML_SEQUENCE_START_EVENT;
}

/* Describe the current event for a message: a scalar quoted (cut at
 * QUOTE_MAX bytes, control characters as spaces), or what it is. */
static const char *describe(const struct yamlread *r, char buf[QUOTE_MAX + 8])
{
	const char *value = scalar_value(r);
	struct strbuf sb;
	size_t len, i;

	if (r->event.type == YAML_MAPPING_START_EVENT)
		return "a mapping";
	if (r->event.type == YAML_SEQUENCE_START_EVENT)
		return "a list";
	if (value == NULL)
		return "nothing";
	len = strlen(value);
	if (len > QUOTE_MAX)
		for (len = QUOTE_MAX; len > 0 && utf8_is_continuation((unsigned char)value[len]);)
			len--;
	strbuf_init_fixed(&sb, buf, QUOTE_MAX + 8);
	strbuf_addch(&sb, '"');
	for (i = 0; i < len; i++)
		strbuf_addch(&sb, (unsigned char)value[i] < 0x20 || value[i] == 0x7F ? ' ' : value[i]);
	strbuf_addstr(&sb, value[len] ? "...\"" : "\"");
	assert(strbuf_ok(&sb));
	return buf;
}

enum tanda_status yamlread_mistyped(struct yamlread *r, const char *expected)
{
	char buf[QUOTE_MAX + 8];

	return yamlread_fail(r, "expected %s, not %s", expected, describe(r, buf));
}

const char *yamlread_scalar(struct yamlread *r, const char *expected)
{
	const char *value = scalar_value(r);

	if (value == NULL) {
		yamlread_mistyped(r, expected);
		return NULL;
	}
	if (strlen(value) != r->event.data.scalar.length) {
		yamlread_fail(r, "holds a NUL character");
		return NULL;
	}
	return value;
}

enum tanda_status yamlread_text(struct yamlread *r, char **out)
{
	const char *value = yamlread_scalar(r, "text");
	size_t len;

	*out = NULL;
	if (value == NULL)
		return r->err->status;
	len = r->event.data.scalar.length;
	if ((*out = malloc(len + 1)) == NULL)
		return tanda_fail(r->err, TANDA_ENOMEM, "%s: out of memory", r->name);
	memcpy(*out, value, len + 1);
	return TANDA_OK;
}

enum tanda_status yamlread_uint(struct yamlread *r, uint64_t min, uint64_t max, uint64_t *out)
{
	const char *value = yamlread_scalar(r, "a whole number");
	unsigned long long n;
	char *end;

	if (value == NULL)
		return r->err->status;
	if (scalar_kind(r) != SCALAR_INT || !int_form(value))
		return yamlread_mistyped(r, "a whole number");
	errno = 0;
	n = strtoull(value + (value[0] == '+'), &end, 10);
	if (value[0] == '-' || errno != 0 || n < min || n > max)
		return yamlread_fail(r, "%s is out of range (%llu to %llu)", value,
				     (unsigned long long)min, (unsigned long long)max);
	*out = n;
	return TANDA_OK;
}

enum tanda_status yamlread_bool(struct yamlread *r, int *out)
{
	const char *value = yamlread_scalar(r, "true or false");

	if (value == NULL)
		return r->err->status;
	if (scalar_kind(r) != SCALAR_BOOL || bool_word(value) < 0)
		return yamlread_mistyped(r, "true or false");
	*out = bool_word(value);
	return TANDA_OK;
}

enum tanda_status yamlread_fraction(struct yamlread *r, double *out)
{
	const char *value = yamlread_scalar(r, "a number");
	enum scalar_kind kind;

	if (value == NULL)
		return r->err->status;
	kind = scalar_kind(r);
	if ((kind != SCALAR_FLOAT && kind != SCALAR_INT) || !float_form(value))
		return yamlread_mistyped(r, "a number");
	*out = strtod(value, NULL);
	if (!(*out >= 0.0 && *out <= 1.0))
		return yamlread_fail(r, "%s is out of range (0 to 1)", value);
	return TANDA_OK;
}

enum tanda_status yamlread_enum(struct yamlread *r, const char *const *names, int count,
				int *out)
{
	const char *value = yamlread_scalar(r, "a name");
	char list[256];
	struct strbuf sb;
	int i;

	if (value == NULL)
		return r->err->status;
	for (i = 0; i < count; i++)
		if (names[i] != NULL && strcmp(names[i], value) == 0) {
			*out = i;
			return TANDA_OK;
		}
	strbuf_init_fixed(&sb, list, sizeof list);
	for (i = 0; i < count; i++)
		if (names[i] != NULL)
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", names[i]);
	return yamlread_mistyped(r, list);
}

enum tanda_status yamlread_skip(struct yamlread *r)
{
	int depth = r->depth - (yamlread_is_mapping(r) || yamlread_is_sequence(r));
	enum tanda_status status = TANDA_OK;

	while (r->depth > depth && (status = yamlread_next(r)) == TANDA_OK)
		;
	return status;
}

enum tanda_status yamlread_ignore_key(struct yamlread *r, void *record,
				      const struct yamlread_field *f)
{
	const char *key = scalar_value(r);
	size_t len = yamlread_push_key(r, key != NULL ? key : "?");	/* copied: next frees it */
	enum tanda_status status = yamlread_next(r);

	(void)record;
	(void)f;
	if (status == TANDA_OK)
		status = yamlread_skip(r);
	yamlread_pop(r, len);
	return status;
}

/* The index of the field named key in fields[n], or n; the catch-all
 * entry (NULL key) is never matched here. */
static size_t field_index(const struct yamlread_field *fields, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (fields[i].key != NULL && strcmp(fields[i].key, key) == 0)
			return i;
	return n;
}

/* Refuse the current key: the table's catch-all says why, else it is
 * unknown. */
static enum tanda_status unknown_key(struct yamlread *r, const struct yamlread_field *fields,
				     size_t n, void *record, const char *key)
{
	size_t len;

	if (n > 0 && fields[n - 1].key == NULL)
		return fields[n - 1].set(r, record, &fields[n - 1]);
	len = yamlread_push_key(r, key);
	yamlread_fail(r, "unknown key");
	yamlread_pop(r, len);
	return TANDA_EDATA;
}

/* What yamlread_mapping keeps while it reads one mapping. */
struct mapping {
	const struct yamlread_field *fields;
	size_t n;
	void *record;
	struct yamlread_pos *at;
	uint64_t seen, given;	/* keys met; keys with a value */
};

/* Read one key (the current event) and its value. */
static enum tanda_status read_entry(struct yamlread *r, struct mapping *m)
{
	const char *key = scalar_value(r);
	enum tanda_status status = TANDA_OK;
	size_t i, len;

	if (key == NULL)
		return yamlread_mistyped(r, "a key");
	i = field_index(m->fields, m->n, key);
	if (i == m->n)
		return unknown_key(r, m->fields, m->n, m->record, key);
	len = yamlread_push_key(r, m->fields[i].key);
	if (m->seen & ((uint64_t)1 << i))
		status = yamlread_fail(r, "duplicate key");
	m->seen |= (uint64_t)1 << i;
	if (status == TANDA_OK)
		status = yamlread_next(r);
	if (status == TANDA_OK && m->at != NULL)
		m->at[i] = yamlread_here(r);
	if (status == TANDA_OK && !yamlread_is_null(r)) {
		m->given |= (uint64_t)1 << i;
		status = m->fields[i].set(r, m->record, &m->fields[i]);
	}
	yamlread_pop(r, len);
	return status;
}

/* Fail for the first required field of m without a value. */
static enum tanda_status check_required(struct yamlread *r, const struct mapping *m,
					struct yamlread_pos start)
{
	size_t i, len;

	for (i = 0; i < m->n; i++) {
		int seen = (m->seen >> i) & 1;

		if (!m->fields[i].required || ((m->given >> i) & 1))
			continue;
		len = yamlread_push_key(r, m->fields[i].key);
		yamlread_fail_at(r, seen && m->at != NULL ? m->at[i] : start, r->path,
				 seen ? "has no value" : "missing");
		yamlread_pop(r, len);
		return TANDA_EDATA;
	}
	return TANDA_OK;
}

enum tanda_status yamlread_mapping(struct yamlread *r, const struct yamlread_field *fields,
				   size_t n, void *record, struct yamlread_pos *at,
				   struct yamlread_pos *start)
{
	struct mapping m = {
		.fields = fields, .n = n, .record = record, .at = at, .seen = 0, .given = 0,
	};
	struct yamlread_pos here = yamlread_here(r);
	enum tanda_status status;

	assert(n <= 64);	/* the keys met and given are bits of a uint64_t */
	if (!yamlread_is_mapping(r))
		return yamlread_mistyped(r, "a mapping");
	if (start != NULL)
		*start = here;
	while ((status = yamlread_next(r)) == TANDA_OK &&
	       r->event.type != YAML_MAPPING_END_EVENT)
		if ((status = read_entry(r, &m)) != TANDA_OK)
			return status;
	return status == TANDA_OK ? check_required(r, &m, here) : status;
}

enum tanda_status yamlread_sequence(struct yamlread *r,
				    enum tanda_status (*item)(struct yamlread *r, void *context,
							      size_t index),
				    void *context)
{
	enum tanda_status status;
	size_t index, len;

	if (yamlread_is_null(r))
		return TANDA_OK;
	if (!yamlread_is_sequence(r))
		return yamlread_mistyped(r, "a list");
	for (index = 0;; index++) {
		int done;

		len = yamlread_push_index(r, index);	/* so that the item's first event is named */
		status = yamlread_next(r);
		done = status != TANDA_OK || r->event.type == YAML_SEQUENCE_END_EVENT;
		if (!done)
			status = item(r, context, index);
		yamlread_pop(r, len);
		if (done || status != TANDA_OK)
			return status;
	}
}

void *yamlread_field_at(void *record, const struct yamlread_field *f)
{
	return (char *)record + f->offset;
}

enum tanda_status yamlread_set_text(struct yamlread *r, void *record,
				    const struct yamlread_field *f)
{
	char **field = yamlread_field_at(record, f), *value;
	enum tanda_status status = yamlread_text(r, &value);

	if (status != TANDA_OK)
		return status;
	free(*field);
	*field = value;
	if (value[0] == '\0') {
		free(value);
		*field = NULL;
	}
	return TANDA_OK;
}

enum tanda_status yamlread_set_bool(struct yamlread *r, void *record,
				    const struct yamlread_field *f)
{
	return yamlread_bool(r, yamlread_field_at(record, f));
}

enum tanda_status yamlread_set_enum(struct yamlread *r, void *record,
				    const struct yamlread_field *f)
{
	return yamlread_enum(r, f->names, f->count, yamlread_field_at(record, f));
}
