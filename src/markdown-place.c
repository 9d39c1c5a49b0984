/*
 * markdown-place.c - a Markdown paragraph's text mapped to its file's
 * bytes (each text node decoded again from where cmark says it starts and
 * checked byte by byte), corrections placed through that map, and text
 * escaped so that it reads back as itself.
 */
#include <stdlib.h>
#include <string.h>
#include <cmark.h>

#include "grow.h"
#include "markdown-place.h"
#include "normalize.h"

/* The longest entity reference looked at, &...; included. */
#define ENTITY_MAX 40

/* Record the start of every line of ms's body (lines end at LF, CR LF or
 * a lone CR, as cmark counts them); 0, or -1 when out of memory. */
static int index_lines(struct markdown_source *ms)
{
	size_t i;

	if (GROW(ms->line_starts, ms->lines_alloc, 1) != 0)
		return -1;
	ms->line_starts[ms->lines++] = 0;
	for (i = 0; i < ms->size; i++) {
		char b = ms->body[i];

		if (b == '\n' || (b == '\r' && (i + 1 == ms->size || ms->body[i + 1] != '\n'))) {
			if (GROW(ms->line_starts, ms->lines_alloc, ms->lines + 1) != 0)
				return -1;
			ms->line_starts[ms->lines++] = i + 1;
		}
	}
	return 0;
}

/* Index the first piece of every block of ms; 0, or -1 when out of
 * memory. */
static int index_pieces(struct markdown_source *ms)
{
	size_t i, k = 0;

	ms->piece_of = malloc((ms->blocks.count + 1) * sizeof *ms->piece_of);
	if (ms->piece_of == NULL)
		return -1;
	for (i = 0; i < ms->map.count; i++)
		while (k <= ms->map.pieces[i].block && k < ms->blocks.count)
			ms->piece_of[k++] = i;
	while (k <= ms->blocks.count)
		ms->piece_of[k++] = ms->map.count;
	return 0;
}

enum tanda_status markdown_source_open(struct markdown_source *ms, const char *body,
				       size_t size, uint32_t first_line, const char *name,
				       struct tanda_error *err)
{
	enum tanda_status status;

	memset(ms, 0, sizeof *ms);
	ms->body = body;
	ms->size = size;
	blocks_init(&ms->blocks);
	markdown_map_init(&ms->map);
	status = markdown_read(body, size, first_line, name, &ms->blocks, &ms->map, err);
	if (status == TANDA_OK && (index_lines(ms) != 0 || index_pieces(ms) != 0))
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	return status;
}

void markdown_source_release(struct markdown_source *ms)
{
	blocks_release(&ms->blocks);
	markdown_map_release(&ms->map);
	free(ms->line_starts);
	free(ms->piece_of);
	memset(ms, 0, sizeof *ms);
}

/* Whether b is ASCII punctuation (what a backslash escapes). */
static int is_punct(char b)
{
	return b != '\0' && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b) != NULL;
}

/* Whether b is an ASCII letter or digit. */
static int is_alnum(char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

/* The length of the entity reference that s[n] begins with (&name;,
 * &#123; or &#x1F;), or 0. */
static size_t entity_len(const char *s, size_t n)
{
	size_t i = 1;

	if (n < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#')
		i = (n > 2 && (s[2] == 'x' || s[2] == 'X')) ? 3 : 2;
	while (i < n && i < ENTITY_MAX && is_alnum(s[i]))
		i++;
	return i < n && s[i] == ';' && i > 1 ? i + 1 : 0;
}

/* The number of bytes of lit[n] that the entity reference s[len] decodes
 * to, as cmark decodes it, or 0 when lit does not begin with them. */
static size_t entity_decodes(const char *s, size_t len, const char *lit, size_t n)
{
	cmark_node *doc = cmark_parse_document(s, len, CMARK_OPT_DEFAULT);
	cmark_node *para = doc ? cmark_node_first_child(doc) : NULL;
	cmark_node *text = para ? cmark_node_first_child(para) : NULL;
	const char *decoded = text && cmark_node_get_type(text) == CMARK_NODE_TEXT &&
			      cmark_node_next(text) == NULL ? cmark_node_get_literal(text) : NULL;
	size_t d = decoded ? strlen(decoded) : 0;

	if (d == 0 || d > n || memcmp(decoded, lit, d) != 0)
		d = 0;
	cmark_node_free(doc);
	return d;
}

/* Give units[from, to) the body's bytes [a, b) of kind. */
static void set_units(struct place_unit *units, size_t from, size_t to, size_t a, size_t b,
		      enum place_kind kind)
{
	while (from < to)
		units[from++] = (struct place_unit){ a, b, kind };
}

/* Map a text piece's literal lit[n] onto the body from byte p (cmark's
 * place for it; the spaces it strips from a line's start skipped) into
 * units[n]: 0, or -1 when the body's bytes there do not decode to it. */
static int decode_text(const struct markdown_source *ms, size_t p, const char *lit, size_t n,
		       struct place_unit *units)
{
	const char *s = ms->body;
	size_t i = 0, e, d;

	if (n > 0 && lit[0] != ' ' && lit[0] != '\t')
		while (p < ms->size && (s[p] == ' ' || s[p] == '\t'))
			p++;
	while (i < n) {
		if (p >= ms->size)
			return -1;
		if (s[p] == '\\' && p + 1 < ms->size && is_punct(s[p + 1]) && lit[i] == s[p + 1]) {
			set_units(units, i, i + 1, p, p + 2, PLACE_CODED);
			i++, p += 2;
		} else if (s[p] == '&' && (e = entity_len(s + p, ms->size - p)) > 0 &&
			   (d = entity_decodes(s + p, e, lit + i, n - i)) > 0) {
			set_units(units, i, i + d, p, p + e, PLACE_CODED);
			i += d, p += e;
		} else if (s[p] == lit[i]) {
			set_units(units, i, i + 1, p, p + 1, PLACE_SAME);
			i++, p++;
		} else {
			return -1;
		}
	}
	return 0;
}

/* The byte of the body where piece starts, as cmark says; size when
 * cmark gives no place. */
static size_t piece_start(const struct markdown_source *ms, const struct markdown_piece *piece)
{
	size_t at;

	if (piece->line < 1 || (size_t)piece->line > ms->lines || piece->column < 1)
		return ms->size;
	at = ms->line_starts[piece->line - 1] + (size_t)piece->column - 1;
	return at < ms->size ? at : ms->size;
}

/* Whether the body's bytes [from, to) are a soft line break: whitespace,
 * line breaks and the block quote markers of the next line. */
static int is_soft_break(const struct markdown_source *ms, size_t from, size_t to)
{
	while (from < to && (normalize_is_space(ms->body[from]) || ms->body[from] == '>'))
		from++;
	return from == to;
}

/* Where block k's raw text begins in ms->map.raw, and its length. */
static size_t block_raw(const struct markdown_source *ms, size_t k, size_t *len)
{
	size_t first = ms->piece_of[k], last = ms->piece_of[k + 1];

	*len = 0;
	if (first == last)
		return 0;
	*len = ms->map.pieces[last - 1].at + ms->map.pieces[last - 1].len -
	       ms->map.pieces[first].at;
	return ms->map.pieces[first].at;
}

/* Map the raw text of block k (its pieces' bytes, beginning at base in
 * ms->map.raw) into raw[]: each byte's unit; a soft break stands on the
 * bytes between the text around it (when they are only whitespace and
 * quote markers), a hard break and code on nothing exact.  A text piece
 * maps only where it decodes exactly, after the one before it: cmark's
 * places for text after an inline that spans lines can be wrong. */
static void map_raw(const struct markdown_source *ms, size_t k, size_t base,
		    struct place_unit *raw)
{
	const size_t none = (size_t)-1;
	size_t i, brk = none, last_end = none, floor = 0;

	for (i = ms->piece_of[k]; i < ms->piece_of[k + 1]; i++) {
		const struct markdown_piece *piece = &ms->map.pieces[i];
		struct place_unit *u = raw + (piece->at - base);

		set_units(u, 0, piece->len, 0, 0, PLACE_NONE);
		if (piece->kind == MARKDOWN_BREAK) {
			brk = last_end != none ? piece->at - base : none;
			if (brk != none)
				u[0].from = last_end;
			last_end = none;
			continue;
		}
		if (piece->kind != MARKDOWN_TEXT || piece->len == 0 ||
		    piece_start(ms, piece) < floor ||
		    decode_text(ms, piece_start(ms, piece), ms->map.raw.buf + piece->at,
				piece->len, u) != 0) {
			set_units(u, 0, piece->len, 0, 0, PLACE_NONE);
			brk = last_end = none;
			continue;
		}
		if (brk != none && u[0].from >= raw[brk].from &&
		    is_soft_break(ms, raw[brk].from, u[0].from))
			raw[brk] = (struct place_unit){ raw[brk].from, u[0].from, PLACE_SPACE };
		brk = none;
		last_end = floor = u[piece->len - 1].to;
	}
}

/* Whether unit u can stand in a run of whitespace that normalizes to a
 * space. */
static int is_space_unit(const struct place_unit *u)
{
	return u->kind == PLACE_SAME || u->kind == PLACE_SPACE;
}

/* Normalize raw text r[n] with its units ru[] as blocks_add does (runs of
 * whitespace one space, the ends trimmed), checking it against text[len]
 * and giving each byte of it its unit: a space, the whole run's bytes when
 * they follow one another.  0, or -1 when the texts differ. */
static int normalize_units(const char *r, const struct place_unit *ru, size_t n,
			   const char *text, size_t len, struct place_unit *units)
{
	struct place_unit run = { 0, 0, PLACE_NONE };
	size_t i, o = 0;
	int spaced = 0;

	for (i = 0; i < n; i++) {
		if (normalize_is_space(r[i]) || r[i] == '\0') {
			if (o == 0)
				continue;
			if (!spaced)
				run = (struct place_unit){ ru[i].from, ru[i].to,
							   is_space_unit(&ru[i]) ? PLACE_SPACE : PLACE_NONE };
			else if (!is_space_unit(&ru[i]) || ru[i].from != run.to)
				run.kind = PLACE_NONE;
			else
				run.to = ru[i].to;
			spaced = 1;
			continue;
		}
		if (spaced && (o >= len || text[o] != ' '))
			return -1;
		if (spaced)
			units[o++] = run;
		spaced = 0;
		if (o >= len || text[o] != r[i])
			return -1;
		units[o++] = ru[i];
	}
	return o == len ? 0 : -1;
}

int markdown_source_units(const struct markdown_source *ms, size_t k, const char *text,
			  size_t len, struct place_unit *units)
{
	struct place_unit *raw;
	size_t base, n;
	int status;

	if (k >= ms->blocks.count)
		return -1;
	base = block_raw(ms, k, &n);
	raw = malloc((n ? n : 1) * sizeof *raw);
	if (raw == NULL)
		return -1;
	map_raw(ms, k, base, raw);
	status = normalize_units(ms->map.raw.buf + base, raw, n, text, len, units);
	free(raw);
	return status;
}

/* Whether byte i of a paragraph begins its unit (its first byte, or a
 * different unit from the byte before it). */
static int unit_starts(const struct place_unit *units, size_t i)
{
	return i == 0 || units[i - 1].from != units[i].from || units[i - 1].kind != units[i].kind;
}

/* The place to insert at byte a of a paragraph's text units[len]: at the
 * end of the exact byte before it (so that words added to an emphasized
 * word stay inside it), else at the start of the exact one after it;
 * NULL, or why not. */
static const char *place_insert(const struct place_unit *units, size_t len, size_t a,
				size_t *at)
{
	if (a > 0 && units[a - 1].kind != PLACE_NONE && units[a - 1].kind != PLACE_SPACE &&
	    (a == len || unit_starts(units, a))) {
		*at = units[a - 1].to;
		return NULL;
	}
	if (a < len && units[a].kind != PLACE_NONE && unit_starts(units, a)) {
		*at = units[a].from;
		return NULL;
	}
	return "they are beside code or text whose place in the file cannot be verified";
}

const char *markdown_place(const struct place_unit *units, size_t len, size_t a, size_t b,
			   size_t *from, size_t *to)
{
	size_t i;

	if (a > b || b > len)
		return "they are not in the paragraph";
	if (a == b) {
		const char *why = place_insert(units, len, a, from);

		*to = *from;
		return why;
	}
	for (i = a; i < b; i++)
		if (units[i].kind == PLACE_NONE)
			return "they are in code, cross a hard line break, or are in text whose "
			       "place in the file cannot be verified (after a code span or link "
			       "that runs across lines)";
	if (!unit_starts(units, a) || (b < len && !unit_starts(units, b)))
		return "they take part of an escape or an entity";
	for (i = a; i < b; i++) {
		if (i > a && unit_starts(units, i) && units[i].from != units[i - 1].to)
			return "they cross markup (emphasis, a link, a line's quote marker)";
	}
	*from = units[a].from;
	*to = units[b - 1].to;
	return NULL;
}

int markdown_at_line_start(const char *body, size_t at)
{
	while (at > 0 && body[at - 1] != '\n' && body[at - 1] != '\r') {
		char b = body[at - 1];

		if (b != ' ' && b != '\t' && b != '>')
			return 0;
		at--;
	}
	return 1;
}

/* The length of the marker that would open a block at a line's start in
 * s[len] (#, >, -, +, *, =, |, or digits and . or )), or 0. */
static size_t block_marker(const char *s, size_t len)
{
	size_t i = 0;

	if (len > 0 && strchr("#>-+*=|~", s[0]) != NULL)
		return 1;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return i > 0 && i < len && (s[i] == '.' || s[i] == ')') ? i + 1 : 0;
}

int markdown_may_start_line(const char *s, size_t len)
{
	return block_marker(s, len) == 0;
}

void markdown_escape(struct strbuf *out, const char *s, size_t len, int at_line_start)
{
	size_t i = 0, marker = at_line_start ? block_marker(s, len) : 0;

	if (marker > 0) {
		strbuf_add(out, s, marker - 1);
		strbuf_addch(out, '\\');
		strbuf_addch(out, s[marker - 1]);
		i = marker;
	}
	for (; i < len; i++) {
		if (strchr("\\`*_[]<", s[i]) != NULL ||
		    (s[i] == '&' && entity_len(s + i, len - i) > 0))
			strbuf_addch(out, '\\');
		strbuf_addch(out, s[i]);
	}
}
