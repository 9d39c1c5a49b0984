/*
 * frontmatter.c - find the front matter fences and read the YAML mapping
 * between them with libyaml's event parser.
 */
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "frontmatter.h"

/* The length of the line at s (up to size bytes), without its line break;
 * *next gets the offset of the following line. */
static size_t line_length(const char *s, size_t size, size_t *next)
{
	const char *nl = memchr(s, '\n', size);
	size_t len = nl ? (size_t)(nl - s) : size;

	*next = nl ? len + 1 : size;
	if (len > 0 && s[len - 1] == '\r')
		len--;
	return len;
}

/* Whether the line of len bytes at s is fence ("---" or "...") with nothing
 * but spaces after it. */
static int is_fence(const char *s, size_t len, const char *fence)
{
	if (len < 3 || memcmp(s, fence, 3) != 0)
		return 0;
	for (s += 3, len -= 3; len > 0; s++, len--)
		if (*s != ' ' && *s != '\t')
			return 0;
	return 1;
}

int frontmatter_find(const char *bytes, size_t size, size_t *yaml_len,
		     size_t *body, uint32_t *lines)
{
	size_t pos, next, len;
	uint32_t count = 1;

	len = line_length(bytes, size, &pos);
	if (!is_fence(bytes, len, "---") || pos == size)
		return 0;
	while (pos < size) {
		len = line_length(bytes + pos, size - pos, &next);
		count++;
		if (is_fence(bytes + pos, len, "---") || is_fence(bytes + pos, len, "...")) {
			size_t open_len;

			line_length(bytes, size, &open_len);
			*yaml_len = pos - open_len;
			*body = pos + next;
			*lines = count;
			return 1;
		}
		pos += next;
	}
	return 0;
}

/* The field of meta that key names, or NULL for a key we do not keep. */
static char **field_for(struct article_meta *meta, const char *key)
{
	static const struct {
		const char *key;
		size_t offset;
	} fields[] = {
		{ "title", offsetof(struct article_meta, title) },
		{ "source", offsetof(struct article_meta, source) },
		{ "url", offsetof(struct article_meta, url) },
		{ "published", offsetof(struct article_meta, published) },
		{ "date", offsetof(struct article_meta, published) },
		{ "language", offsetof(struct article_meta, language) },
		{ "lang", offsetof(struct article_meta, language) },
		{ "author", offsetof(struct article_meta, author) },
		{ "authors", offsetof(struct article_meta, author) },
		{ "paragraphs", offsetof(struct article_meta, paragraphs) },
	};
	size_t i;

	for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (strcmp(fields[i].key, key) == 0)
			return (char **)((char *)meta + fields[i].offset);
	return NULL;
}

/* The state of one parse. */
struct parse {
	yaml_parser_t parser;
	yaml_event_t event;
	const char *name;
	uint32_t first_line;
	struct tanda_error *err;
};

/* Fail at the position of mark with message. */
static enum tanda_status fail_at(struct parse *p, const yaml_mark_t *mark,
				 const char *message)
{
	return tanda_fail(p->err, TANDA_EDATA, "%s:%lu:%lu: front matter: %s", p->name,
			  (unsigned long)(p->first_line + mark->line),
			  (unsigned long)(mark->column + 1), message);
}

/* Read the next event into p->event (deleting the previous one). */
static enum tanda_status next_event(struct parse *p)
{
	yaml_event_delete(&p->event);
	if (yaml_parser_parse(&p->parser, &p->event))
		return TANDA_OK;
	return fail_at(p, &p->parser.problem_mark,
		       p->parser.problem ? p->parser.problem : "not valid YAML");
}

/* A value being read into *field: its length and its room, kept so that
 * a list of a million names is joined in linear time. */
struct value {
	char **field;
	size_t len, cap;
};

/* Append text to the value, joining with ", " when it already has one. */
static enum tanda_status append_value(struct parse *p, struct value *v, const char *text)
{
	size_t add = strlen(text);
	size_t need = v->len + (v->len ? 2 : 0) + add + 1;

	if (need > v->cap) {
		size_t cap = need > v->cap * 2 ? need : v->cap * 2;
		char *grown = realloc(*v->field, cap);

		if (grown == NULL)
			return tanda_fail(p->err, TANDA_ENOMEM, "%s: out of memory", p->name);
		*v->field = grown;
		v->cap = cap;
	}
	if (v->len)
		memcpy(*v->field + v->len, ", ", 2), v->len += 2;
	memcpy(*v->field + v->len, text, add + 1);
	v->len += add;
	return TANDA_OK;
}

/* Skip the value that starts with the current event (any nesting). */
static enum tanda_status skip_value(struct parse *p)
{
	int depth = 0;

	do {
		switch (p->event.type) {
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			depth++;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			depth--;
			break;
		default:
			break;
		}
		if (depth > 0 && next_event(p) != TANDA_OK)
			return p->err->status;
	} while (depth > 0);
	return TANDA_OK;
}

/* Read a value (a scalar or a list of scalars) into *field, replacing what
 * it held, or skip it when field is NULL. */
static enum tanda_status read_value(struct parse *p, char **field)
{
	struct value v = { field, 0, 0 };

	if (field == NULL)
		return skip_value(p);
	free(*field);
	*field = NULL;
	if (p->event.type == YAML_SCALAR_EVENT) {
		if (p->event.data.scalar.length == 0)
			return TANDA_OK;
		return append_value(p, &v, (const char *)p->event.data.scalar.value);
	}
	if (p->event.type != YAML_SEQUENCE_START_EVENT)
		return fail_at(p, &p->event.start_mark, "expected a text or a list of texts");
	for (;;) {
		if (next_event(p) != TANDA_OK)
			return p->err->status;
		if (p->event.type == YAML_SEQUENCE_END_EVENT)
			return TANDA_OK;
		if (p->event.type != YAML_SCALAR_EVENT)
			return fail_at(p, &p->event.start_mark, "expected a list of texts");
		if (append_value(p, &v, (const char *)p->event.data.scalar.value) != TANDA_OK)
			return p->err->status;
	}
}

/* Read the pairs of the mapping whose start event was just read. */
static enum tanda_status read_mapping(struct parse *p, struct article_meta *meta)
{
	for (;;) {
		yaml_mark_t mark;
		char **field;

		if (next_event(p) != TANDA_OK)
			return p->err->status;
		if (p->event.type == YAML_MAPPING_END_EVENT)
			return TANDA_OK;
		if (p->event.type != YAML_SCALAR_EVENT)
			return fail_at(p, &p->event.start_mark, "expected a key");
		field = field_for(meta, (const char *)p->event.data.scalar.value);
		if (next_event(p) != TANDA_OK)
			return p->err->status;
		mark = p->event.start_mark;
		if (read_value(p, field) != TANDA_OK)
			return p->err->status;
		if (field == &meta->published && meta->published != NULL &&
		    !frontmatter_is_iso_date(meta->published))
			return fail_at(p, &mark, "published: not an ISO 8601 date (YYYY-MM-DD)");
		if (field == &meta->paragraphs && meta->paragraphs != NULL &&
		    strcmp(meta->paragraphs, "lines") != 0 && strcmp(meta->paragraphs, "blocks") != 0)
			return fail_at(p, &mark, "paragraphs: not lines or blocks");
	}
}

/* Read the whole stream: nothing, or one mapping. */
static enum tanda_status read_stream(struct parse *p, struct article_meta *meta)
{
	do {
		if (next_event(p) != TANDA_OK)
			return p->err->status;
		if (p->event.type == YAML_STREAM_END_EVENT)
			return TANDA_OK;	/* empty front matter */
	} while (p->event.type != YAML_DOCUMENT_START_EVENT);
	if (next_event(p) != TANDA_OK)
		return p->err->status;
	if (p->event.type == YAML_SCALAR_EVENT && p->event.data.scalar.length == 0)
		return TANDA_OK;
	if (p->event.type != YAML_MAPPING_START_EVENT)
		return fail_at(p, &p->event.start_mark, "expected key: value lines");
	return read_mapping(p, meta);
}

enum tanda_status frontmatter_parse(const char *yaml, size_t len, uint32_t first_line,
				    const char *name, struct article_meta *meta,
				    struct tanda_error *err)
{
	struct parse p;
	enum tanda_status status;

	memset(meta, 0, sizeof *meta);
	memset(&p, 0, sizeof p);
	p.name = name;
	p.first_line = first_line;
	p.err = err;
	if (!yaml_parser_initialize(&p.parser))
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	yaml_parser_set_input_string(&p.parser, (const unsigned char *)yaml, len);
	status = read_stream(&p, meta);
	yaml_event_delete(&p.event);
	yaml_parser_delete(&p.parser);
	if (status != TANDA_OK)
		article_meta_free(meta);
	return status;
}

void article_meta_free(struct article_meta *meta)
{
	free(meta->title);
	free(meta->source);
	free(meta->url);
	free(meta->published);
	free(meta->language);
	free(meta->author);
	free(meta->paragraphs);
	memset(meta, 0, sizeof *meta);
}

/* Whether the n characters at s are digits. */
static int digits(const char *s, int n)
{
	for (; n > 0; n--, s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* The number in the n digits at s. */
static int number(const char *s, int n)
{
	int value = 0;

	for (; n > 0; n--, s++)
		value = value * 10 + (*s - '0');
	return value;
}

/* Whether s is a time of day, HH:MM[:SS[.fraction]], with an optional
 * zone (Z or +HH:MM / -HH:MM) after it. */
static int is_time(const char *s)
{
	if (!digits(s, 2) || s[2] != ':' || !digits(s + 3, 2) ||
	    number(s, 2) > 23 || number(s + 3, 2) > 59)
		return 0;
	s += 5;
	if (s[0] == ':') {
		if (!digits(s + 1, 2) || number(s + 1, 2) > 60)
			return 0;
		s += 3;
		if (s[0] == '.' && digits(s + 1, 1))
			for (s++; *s >= '0' && *s <= '9'; s++)
				;
	}
	if (s[0] == 'Z')
		return s[1] == '\0';
	if (s[0] == '+' || s[0] == '-')
		return digits(s + 1, 2) && s[3] == ':' && digits(s + 4, 2) && s[6] == '\0';
	return s[0] == '\0';
}

int frontmatter_is_iso_date(const char *text)
{
	static const int month_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int month, day;

	if (strlen(text) < 10 || !digits(text, 4) || text[4] != '-' ||
	    !digits(text + 5, 2) || text[7] != '-' || !digits(text + 8, 2))
		return 0;
	month = number(text + 5, 2);
	day = number(text + 8, 2);
	if (month < 1 || month > 12 || day < 1 || day > month_days[month - 1])
		return 0;
	if (month == 2 && day == 29) {
		int year = number(text, 4);

		if (year % 4 != 0 || (year % 100 == 0 && year % 400 != 0))
			return 0;
	}
	if (text[10] == '\0')
		return 1;
	return (text[10] == 'T' || text[10] == ' ') && is_time(text + 11);
}
