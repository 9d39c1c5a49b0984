/*
 * anchor.c - anchors: making one from a byte range of an article, putting
 * one on other bytes (reusing its strings where they are the same),
 * finding a quote again, and telling whether stored positions fit a text.
 * Carrying annotations over an edit of the text is relocate.c's.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "unicode.h"
#include "utf8.h"

/* Where an anchor lies in a text, measured without copying anything. */
struct span {
	size_t start, end;			/* bytes of the exact text */
	size_t prefix_start, suffix_end;	/* bytes of its context */
	uint64_t cp_start, cp_end;
	uint32_t paragraph;
	uint64_t para_start, para_end;
};

/* The strings an anchor is to take: each its old one, or a new copy. */
struct strings {
	char *exact, *prefix, *suffix;
};

/* Whether byte offset i of the len bytes at text begins a character (the
 * end does). */
static int at_boundary(const char *text, size_t len, size_t i)
{
	return i >= len || !utf8_is_continuation((unsigned char)text[i]);
}

/* The byte offset n code points before from (or 0). */
static size_t back_chars(const char *text, size_t from, size_t n)
{
	while (from > 0 && n > 0) {
		from--;
		if (!utf8_is_continuation((unsigned char)text[from]))
			n--;
	}
	return from;
}

/* The byte offset n code points after from (or len). */
static size_t forward_chars(const char *text, size_t len, size_t from, size_t n)
{
	while (from < len && n > 0) {
		from++;
		while (from < len && utf8_is_continuation((unsigned char)text[from]))
			from++;
		n--;
	}
	return from;
}

/* The offset of the first match of the len bytes at needle in
 * text[from, to), or to when there is none. */
static size_t next_match(const char *text, size_t from, size_t to, const char *needle,
			 size_t len)
{
	const char *hit = from < to ? memmem(text + from, to - from, needle, len) : NULL;

	return hit == NULL ? to : (size_t)(hit - text);
}

/* Record running out of memory while anchoring in article. */
static enum tanda_status out_of_memory(const struct article *article, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory while anchoring annotations",
			  article->name);
}

/* Build article's code point index, after which conversions cannot fail;
 * 0 on success. */
static int ensure_index(struct article *article)
{
	return article_cp_from_byte(article, 0) == (size_t)-1 ? -1 : 0;
}

/* Check that bytes [start, end) of article's text are a non-empty range
 * inside one paragraph, on grapheme cluster boundaries. */
static enum tanda_status check_range(const struct article *a, size_t start, size_t end,
				     struct tanda_error *err)
{
	if (start >= end)
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu are an empty range",
				  a->name, start, end);
	if (end > a->text_len)
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu end past the text (%zu bytes)",
				  a->name, start, end, a->text_len);
	if (!at_boundary(a->text, a->text_len, start) || !at_boundary(a->text, a->text_len, end))
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu cut a character in two",
				  a->name, start, end);
	if (!unicode_is_grapheme_boundary(a->text, a->text_len, start) ||
	    !unicode_is_grapheme_boundary(a->text, a->text_len, end))
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu split a character (a letter "
				  "and its combining mark, a flag, an emoji sequence)", a->name, start,
				  end);
	if (memchr(a->text + start, '\n', end - start) != NULL)
		return tanda_fail(err, TANDA_EUSAGE,
				  "%s: bytes %zu-%zu cross the end of a paragraph", a->name, start, end);
	return TANDA_OK;
}

/* Measure the valid range [start, end) of a's text (its code point index
 * built), which begins para_start code points into its paragraph i:
 * context, code points, paragraph. */
static void measure_known(struct article *a, size_t start, size_t end, size_t i,
			  uint64_t para_start, struct span *s)
{
	const struct paragraph *p = &a->paragraphs[i];
	uint64_t base = article_cp_from_byte(a, p->start);

	assert(start < end && start >= p->start && end <= p->start + p->len);
	assert(at_boundary(a->text, a->text_len, start) && at_boundary(a->text, a->text_len, end));
	s->start = start;
	s->end = end;
	s->prefix_start = back_chars(a->text, start, ANNOTATION_CONTEXT);
	s->suffix_end = forward_chars(a->text, a->text_len, end, ANNOTATION_CONTEXT);
	s->paragraph = (uint32_t)(i + 1);
	s->para_start = para_start;
	s->para_end = s->para_start + utf8_count(a->text + start, end - start);
	s->cp_start = base + s->para_start;
	s->cp_end = base + s->para_end;
}

/* Measure the valid range [start, end) of a's text (its code point index
 * built): context, code points, paragraph. */
static void measure(struct article *a, size_t start, size_t end, struct span *s)
{
	size_t i = article_paragraph_at(a, start);
	const struct paragraph *p = &a->paragraphs[i];

	/* from the index, not counted from the paragraph's start: 100,000
	 * annotations in one long paragraph stay near-linear */
	measure_known(a, start, end, i,
		      article_cp_from_byte(a, start) - article_cp_from_byte(a, p->start), s);
}

/* old when it holds the n bytes at s, else a new copy of them (NULL when
 * out of memory). */
static char *reuse_or_copy(char *old, const char *s, size_t n)
{
	char *copy;

	if (old != NULL && strncmp(old, s, n) == 0 && old[n] == '\0')
		return old;
	if ((copy = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(copy, s, n);
	copy[n] = '\0';
	return copy;
}

/* Free value unless it is field, the string it would have replaced. */
static void drop_string(const char *field, char *value)
{
	if (value != field)
		free(value);
}

/* Replace *field by value unless it is the same string. */
static void take_string(char **field, char *value)
{
	if (value != *field) {
		free(*field);
		*field = value;
	}
}

/* Free the strings of out that anchor does not own. */
static void discard_strings(const struct anchor *anchor, struct strings *out)
{
	drop_string(anchor->exact, out->exact);
	drop_string(anchor->prefix, out->prefix);
	drop_string(anchor->suffix, out->suffix);
}

/* The strings of span s of text, reusing anchor's where they are the same;
 * 0 on success, -1 (with nothing allocated) when out of memory. */
static int prepare_strings(const struct anchor *anchor, const char *text, const struct span *s,
			   struct strings *out)
{
	out->exact = reuse_or_copy(anchor->exact, text + s->start, s->end - s->start);
	out->prefix = reuse_or_copy(anchor->prefix, text + s->prefix_start,
				    s->start - s->prefix_start);
	out->suffix = reuse_or_copy(anchor->suffix, text + s->end, s->suffix_end - s->end);
	if (out->exact != NULL && out->prefix != NULL && out->suffix != NULL)
		return 0;
	discard_strings(anchor, out);
	return -1;
}

/* Give anchor the strings prepared for it, freeing those they replace. */
static void commit_strings(struct anchor *anchor, const struct strings *in)
{
	take_string(&anchor->exact, in->exact);
	take_string(&anchor->prefix, in->prefix);
	take_string(&anchor->suffix, in->suffix);
}

/* Copy the positions of span s into anchor. */
static void set_span(struct anchor *anchor, const struct span *s)
{
	anchor->start = s->cp_start;
	anchor->end = s->cp_end;
	anchor->paragraph = s->paragraph;
	anchor->para_start = s->para_start;
	anchor->para_end = s->para_end;
}

/* Give anchor the strings and positions of span s of article's text. */
static enum tanda_status take_span(struct article *article, const struct span *s,
				   struct anchor *anchor, struct tanda_error *err)
{
	struct strings strings;

	if (prepare_strings(anchor, article->text, s, &strings) != 0)
		return out_of_memory(article, err);
	commit_strings(anchor, &strings);
	set_span(anchor, s);
	return TANDA_OK;
}

enum tanda_status anchor_place(struct article *article, size_t start, size_t end,
				struct anchor *anchor, struct tanda_error *err)
{
	struct span span;

	if (ensure_index(article) != 0)
		return out_of_memory(article, err);
	measure(article, start, end, &span);
	return take_span(article, &span, anchor, err);
}

enum tanda_status anchor_place_in(struct article *article, size_t start, size_t end,
				  size_t paragraph, uint64_t para_start, struct anchor *anchor,
				  struct tanda_error *err)
{
	struct span span;

	if (ensure_index(article) != 0)
		return out_of_memory(article, err);
	measure_known(article, start, end, paragraph, para_start, &span);
	return take_span(article, &span, anchor, err);
}

/*
 * The anchor is cleared first in the sense of annotation_clear: its old
 * strings (which must be NULL or owned) are freed.  On failure it is left
 * as it was.  The score of a new, exact anchor is 1.
 */
enum tanda_status anchor_make(struct article *article, size_t start, size_t end,
			      struct anchor *anchor, struct tanda_error *err)
{
	struct anchor fresh;
	enum tanda_status status = check_range(article, start, end, err);

	if (status != TANDA_OK)
		return status;
	memset(&fresh, 0, sizeof fresh);
	if ((status = anchor_place(article, start, end, &fresh, err)) != TANDA_OK)
		return status;
	free(anchor->exact);
	free(anchor->prefix);
	free(anchor->suffix);
	free(anchor->old_exact);
	*anchor = fresh;
	anchor->state = ANCHOR_EXACT;
	anchor->score = 1.0;
	return TANDA_OK;
}

/* Whether the len bytes at s can be a quote: not empty, one paragraph's
 * worth (no newline), well-formed UTF-8. */
static int quotable(const char *s, size_t len)
{
	return len > 0 && memchr(s, '\n', len) == NULL && utf8_valid(s, len);
}

/*
 * A match may not span two paragraphs: a quote with a newline is never
 * found.  Matches may overlap ("aa" is found twice in "aaa").
 */
int anchor_find(const struct article *article, const char *exact, size_t paragraph,
		size_t occurrence, size_t *start, size_t *end)
{
	size_t len = exact != NULL ? strlen(exact) : 0;
	size_t lo = 0, hi = article->text_len, at;

	if (occurrence == 0 || paragraph > article->count || !quotable(exact, len))
		return 0;
	if (paragraph > 0) {
		lo = article->paragraphs[paragraph - 1].start;
		hi = lo + article->paragraphs[paragraph - 1].len;
	}
	for (at = next_match(article->text, lo, hi, exact, len); at < hi;
	     at = next_match(article->text, at + 1, hi, exact, len))
		if (--occurrence == 0) {
			*start = at;
			*end = at + len;
			return 1;
		}
	return 0;
}


/* Whether the code points [start, end) of article's text are inside one
 * paragraph (0-based) *paragraph, filled in, at bytes *bs and *be. */
static int locate(struct article *article, uint64_t start, uint64_t end, size_t *paragraph,
		  size_t *bs, size_t *be)
{
	if (end <= start || ensure_index(article) != 0)
		return 0;
	*bs = article_byte_from_cp(article, (size_t)start);
	*be = article_byte_from_cp(article, (size_t)end);
	if (*be > article->text_len || *be <= *bs ||
	    memchr(article->text + *bs, '\n', *be - *bs) != NULL)
		return 0;
	*paragraph = article_paragraph_at(article, *bs);
	return *paragraph < article->count;
}

int anchor_fits(struct article *article, const struct anchor *anchor)
{
	size_t len = anchor->exact != NULL ? strlen(anchor->exact) : 0, p, bs, be;

	if (len == 0 || !locate(article, anchor->start, anchor->end, &p, &bs, &be) ||
	    be - bs != len || memcmp(article->text + bs, anchor->exact, len) != 0)
		return 0;
	return anchor->paragraph == p + 1;
}

/* Set the offsets inside its paragraph of an anchor that fits article
 * (a set's are not known until its text is). */
static void set_para_offsets(struct article *article, struct anchor *anchor)
{
	const struct paragraph *p = &article->paragraphs[anchor->paragraph - 1];
	uint64_t base = article_cp_from_byte(article, p->start);

	anchor->para_start = anchor->start - base;
	anchor->para_end = anchor->end - base;
}

/* Make anchor an orphan where it is: its words, context and positions
 * kept, old_exact its words when it had none; 0, or -1 when out of
 * memory. */
static int make_orphan(struct anchor *anchor)
{
	if (anchor->old_exact == NULL && anchor->exact != NULL &&
	    (anchor->old_exact = strdup(anchor->exact)) == NULL)
		return -1;
	anchor->state = ANCHOR_ORPHAN;
	anchor->score = 0.0;
	return 0;
}

enum tanda_status anchor_orphan_unfit(struct article *article, struct annotation *annotations,
				      size_t count, size_t *unfit, size_t *nunfit,
				      struct tanda_error *err)
{
	size_t i;

	*nunfit = 0;
	if (ensure_index(article) != 0)
		return out_of_memory(article, err);
	for (i = 0; i < count; i++) {
		struct anchor *an = &annotations[i].anchor;

		if (an->state == ANCHOR_ORPHAN)
			continue;
		if (anchor_fits(article, an)) {
			set_para_offsets(article, an);
			continue;
		}
		if (make_orphan(an) != 0)
			return out_of_memory(article, err);
		if (unfit != NULL)
			unfit[*nunfit] = i;
		(*nunfit)++;
	}
	return TANDA_OK;
}

int anchor_at_place(struct article *article, struct anchor *anchor)
{
	size_t len = strlen(anchor->exact), bs, be, p;

	bs = article_byte_from_cp(article, (size_t)anchor->start);
	be = article_byte_from_cp(article, (size_t)anchor->end);
	if (bs == (size_t)-1 || be == (size_t)-1 || be < bs || be - bs != len ||
	    memcmp(article->text + bs, anchor->exact, len) != 0 ||
	    memchr(anchor->exact, '\n', len) != NULL)
		return 0;
	p = article_paragraph_at(article, bs);
	anchor->paragraph = (uint32_t)(p + 1);
	anchor->para_start = anchor->start - article_cp_from_byte(article,
								  article->paragraphs[p].start);
	anchor->para_end = anchor->para_start + (anchor->end - anchor->start);
	return 1;
}
