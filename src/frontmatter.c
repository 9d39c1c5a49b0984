/*
 * frontmatter.c - find the front matter fences and read the YAML mapping
 * between them through the core's YAML reader (yamlread.c), with its
 * limits: no anchors or aliases, FRONTMATTER_MAX_DEPTH and
 * FRONTMATTER_MAX_SCALAR, FILE:LINE:COLUMN messages.
 */
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "strbuf.h"
#include "yamlread.h"

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

/* Append the current scalar to the text being built in sb (the context),
 * after ", " when it already has some. */
static enum tanda_status add_text(struct yamlread *r, void *context, size_t index)
{
	struct strbuf *sb = context;
	const char *value = yamlread_scalar(r, "a text");

	(void)index;
	if (value == NULL)
		return r->err->status;
	if (sb->len > 0)
		strbuf_addstr(sb, ", ");
	strbuf_addstr(sb, value);
	return TANDA_OK;
}

/* The setter of every key: a text, or a list of texts joined with ", ",
 * into the char * field, replacing what it held (an empty text is none). */
static enum tanda_status set_texts(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	char **field = yamlread_field_at(record, f);
	struct strbuf sb = STRBUF_INIT;
	enum tanda_status status;

	if (yamlread_is_sequence(r))
		status = yamlread_sequence(r, add_text, &sb);
	else if (yamlread_is_mapping(r))
		status = yamlread_fail(r, "expected a text or a list of texts");
	else
		status = add_text(r, &sb, 0);
	if (status == TANDA_OK && sb.failed)
		status = tanda_fail(r->err, TANDA_ENOMEM, "%s: out of memory", r->name);
	if (status == TANDA_OK) {
		free(*field);
		*field = sb.len > 0 ? strbuf_detach(&sb, NULL) : NULL;
	}
	strbuf_release(&sb);
	return status;
}

/* The setter of the publication date: a text that is an ISO 8601 date. */
static enum tanda_status set_date(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	struct yamlread_pos at = yamlread_here(r);
	char **field = yamlread_field_at(record, f);
	enum tanda_status status = set_texts(r, record, f);

	if (status == TANDA_OK && *field != NULL && !frontmatter_is_iso_date(*field))
		return yamlread_fail_at(r, at, r->path, "not an ISO 8601 date (YYYY-MM-DD)");
	return status;
}

/* The keys of front matter we keep, with their synonyms; the rest are
 * read past. */
static const struct yamlread_field meta_fields[] = {
	{ .key = "title", .set = set_texts, .offset = offsetof(struct article_meta, title) },
	{ .key = "source", .set = set_texts, .offset = offsetof(struct article_meta, source) },
	{ .key = "url", .set = set_texts, .offset = offsetof(struct article_meta, url) },
	{ .key = "published", .set = set_date, .offset = offsetof(struct article_meta, published) },
	{ .key = "date", .set = set_date, .offset = offsetof(struct article_meta, published) },
	{ .key = "language", .set = set_texts, .offset = offsetof(struct article_meta, language) },
	{ .key = "lang", .set = set_texts, .offset = offsetof(struct article_meta, language) },
	{ .key = "author", .set = set_texts, .offset = offsetof(struct article_meta, author) },
	{ .key = "authors", .set = set_texts, .offset = offsetof(struct article_meta, author) },
	{ .key = NULL, .set = yamlread_ignore_key },
};

/* Read the whole stream into meta: nothing, or one mapping. */
static enum tanda_status read_stream(struct yamlread *r, struct article_meta *meta)
{
	enum tanda_status status;

	do {
		if ((status = yamlread_next(r)) != TANDA_OK)
			return status;
		if (r->event.type == YAML_STREAM_END_EVENT)
			return TANDA_OK;	/* empty front matter */
	} while (r->event.type != YAML_DOCUMENT_START_EVENT);
	if ((status = yamlread_next(r)) != TANDA_OK)
		return status;
	if (r->event.type == YAML_SCALAR_EVENT && r->event.data.scalar.length == 0)
		return TANDA_OK;
	if (!yamlread_is_mapping(r))
		return yamlread_fail(r, "expected key: value lines");
	return yamlread_mapping(r, meta_fields, sizeof meta_fields / sizeof meta_fields[0], meta,
				NULL, NULL);
}

enum tanda_status frontmatter_parse(const char *yaml, size_t len, uint32_t first_line,
				    const char *name, struct article_meta *meta,
				    struct tanda_error *err)
{
	const struct yamlread_options options = {
		.name = name, .what = "front matter", .first_line = first_line, .mapped = 0,
		.max_depth = FRONTMATTER_MAX_DEPTH, .max_scalar = FRONTMATTER_MAX_SCALAR,
	};
	struct yamlread r;
	enum tanda_status status;

	*meta = (struct article_meta){ .title = NULL, .author = NULL };
	status = yamlread_init(&r, yaml, len, &options, err);
	if (status == TANDA_OK)
		status = read_stream(&r, meta);
	yamlread_release(&r);
	if (status != TANDA_OK)
		article_meta_clear(meta);
	return status;
}

void article_meta_clear(struct article_meta *meta)
{
	free(meta->title);
	free(meta->source);
	free(meta->url);
	free(meta->published);
	free(meta->language);
	free(meta->author);
	*meta = (struct article_meta){ .title = NULL, .author = NULL };
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
