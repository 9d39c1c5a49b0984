/*
 * article.c - load an article: read the bytes, take off the byte-order mark
 * and the front matter, index the lines in one pass, group them into
 * paragraphs, normalize the text when it is not already normal, and fill in
 * the metadata the file did not give.
 *
 * A file that is already normal (LF endings, valid UTF-8, one paragraph per
 * line, no stray whitespace) is not copied: the text points into the
 * mapping, so loading costs little more memory than the file itself.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "grow.h"
#include "html.h"
#include "language.h"
#include "markdown.h"
#include "normalize.h"
#include "scan.h"
#include "utf8.h"

/* A title is a first paragraph shorter than this, in code points. */
#define TITLE_MAX 100

void article_options_default(struct article_options *options)
{
	options->layout = ARTICLE_LAYOUT_AUTO;
	options->title = NULL;
	options->max_size = SOURCE_DEFAULT_MAX_SIZE;
	options->keep_source = 0;
	options->format = ARTICLE_FORMAT_AUTO;
	options->name = NULL;
	options->url = NULL;
}

enum tanda_status article_parse_layout(const char *text, enum article_layout *layout)
{
	static const char *const names[] = { "auto", "lines", "blocks" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(text, names[i]) == 0) {
			*layout = (enum article_layout)i;
			return TANDA_OK;
		}
	}
	return TANDA_EDATA;
}

/* How many lines the layout guess looks at, at most: enough to know. */
#define GUESS_SAMPLE 4096

/* Whether two lines in a row are separated by a blank line somewhere. */
static int has_inner_blank_lines(const struct scan *scan)
{
	size_t i;

	for (i = 1; i < scan->count; i++)
		if (scan->lines[i].line > scan->lines[i - 1].line + 1)
			return 1;
	return 0;
}

/* qsort comparison of two size_t. */
static int compare_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* The last code point of the len bytes at s, trailing spaces, tabs and
 * CRs left out; 0 when there is none. */
static uint32_t last_char(const char *s, size_t len)
{
	size_t at;
	uint32_t cp;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	if (len == 0)
		return 0;
	at = len;
	do	/* back to the last character's start */
		at--;
	while (at > 0 && utf8_is_continuation((unsigned char)s[at]));
	utf8_decode(s + at, len - at, &cp);
	return cp;
}

/* Whether the len bytes of a line at s end a sentence: their last
 * character is a full stop, a question or exclamation mark, or a closing
 * quote. */
static int ends_sentence(const char *s, size_t len)
{
	static const uint32_t enders[] = { '.', '!', '?', '"', '\'', 0x2019, 0x201D, 0xBB };
	uint32_t cp = last_char(s, len);
	size_t i;

	for (i = 0; i < sizeof enders / sizeof enders[0]; i++)
		if (cp == enders[i])
			return 1;
	return 0;
}

/* Into widths (GUESS_SAMPLE of them at most), the widths in characters of
 * the lines that a line follows at once (not the last line of a block:
 * in a hard-wrapped file, the lines cut at the wrap), and into *enders
 * how many of them end a sentence; how many there are. */
static size_t continued_widths(const struct scan *scan, const char *body, size_t *widths,
			       size_t *enders)
{
	size_t i, n = 0;

	*enders = 0;
	for (i = 0; i + 1 < scan->count && n < GUESS_SAMPLE; i++) {
		const struct paragraph *l = &scan->lines[i];

		if (scan->lines[i + 1].line != l->line + 1)
			continue;
		widths[n++] = utf8_count(body + l->start, l->len);
		*enders += ends_sentence(body + l->start, l->len);
	}
	return n;
}

/*
 * The layout to use, from the lines.  A hard-wrapped file has blank lines
 * between its paragraphs, and the lines inside a paragraph (all but its
 * last) were cut where the width ran out, mostly in the middle of a
 * sentence: nearly all of them are about as long as the wrap, which is at
 * most 100 characters.  So: blocks when at least 80% of those lines are
 * within 20 characters (or a quarter) of the 75th percentile of their
 * widths, which is at most 100 (a long URL on a line of its own does not
 * count), and fewer than half of them end a sentence.  An export of one
 * paragraph per line with a blank line or two (before a credit line, say)
 * has lines of every length there, or longer than 100, and each of its
 * paragraphs ends a sentence: lines.
 */
static enum article_layout guess_layout(const struct scan *scan, const char *body)
{
	size_t *widths, n, i, wrap, least, near = 0, enders;
	enum article_layout layout = ARTICLE_LAYOUT_LINES;

	if (!has_inner_blank_lines(scan) || (widths = malloc(GUESS_SAMPLE * sizeof *widths)) == NULL)
		return layout;
	n = continued_widths(scan, body, widths, &enders);
	if (n > 0 && enders * 2 < n) {
		qsort(widths, n, sizeof widths[0], compare_size);
		wrap = widths[n * 3 / 4];
		least = wrap > 80 ? wrap - 20 : wrap * 3 / 4;
		for (i = 0; i < n; i++)
			near += widths[i] >= least;
		if (wrap <= SCAN_NARROW_WIDTH && near * 5 >= n * 4)
			layout = ARTICLE_LAYOUT_BLOCKS;
	}
	free(widths);
	return layout;
}

/* Merge runs of adjacent lines into one paragraph each, in place. */
static size_t merge_blocks(struct paragraph *lines, size_t count)
{
	size_t in, out = 0;
	uint32_t previous_line = 0;

	for (in = 0; in < count; in++) {
		if (out > 0 && lines[in].line == previous_line + 1) {
			struct paragraph *block = &lines[out - 1];

			block->len = lines[in].start + lines[in].len - block->start;
			block->flags |= PARAGRAPH_DIRTY;
		} else {
			lines[out++] = lines[in];
		}
		previous_line = lines[in].line;
	}
	return out;
}

/* Whether the body bytes are already the normalized text. */
static int body_is_normal(const struct scan *scan, enum article_layout layout)
{
	return layout == ARTICLE_LAYOUT_LINES && !scan->dirty && !scan->has_cr &&
	       scan->blank_lines == 0 && (scan->final_newline || scan->count == 0);
}

/* The most bytes the normalized text of a body of body_size bytes may take
 * (its replacement characters, a newline after each paragraph, a NUL), or
 * 0 when that overflows a size_t (a huge file on a 32-bit system). */
static size_t text_bound(size_t body_size, size_t invalid, size_t count)
{
	size_t bound;

	if (invalid > (SIZE_MAX - body_size) / 2)
		return 0;
	bound = NORMALIZE_BOUND(body_size, invalid);
	if (count >= SIZE_MAX - bound)
		return 0;
	return bound + count + 1;
}

/* Write the normalized text of the paragraphs of body into a new buffer and
 * point the paragraphs at it. */
static enum tanda_status rewrite_text(struct article *a, const char *body,
				      size_t body_size, struct tanda_error *err)
{
	size_t bound = text_bound(body_size, a->invalid, a->count);
	size_t i, o = 0;
	char *text = bound > 0 ? malloc(bound) : NULL;

	if (text == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", a->name);
	for (i = 0; i < a->count; i++) {
		struct paragraph *p = &a->paragraphs[i];
		size_t len;

		if (p->flags & PARAGRAPH_DIRTY) {
			len = normalize_span(body + p->start, p->len, text + o);
		} else {
			memcpy(text + o, body + p->start, p->len);
			len = p->len;
		}
		p->start = o;
		p->len = len;
		p->flags = 0;
		o += len;
		text[o++] = '\n';
	}
	assert(o < bound);	/* normalize_span keeps within NORMALIZE_BOUND */
	a->normalized = text;
	a->text = text;
	a->text_len = o;
	return TANDA_OK;
}

/* Index and normalize the body (the file after front matter). */
static enum tanda_status load_body(struct article *a, const char *body, size_t size,
				   uint32_t first_line, enum article_layout layout,
				   struct tanda_error *err)
{
	struct scan scan;
	enum tanda_status status;

	status = scan_lines(body, size, first_line, a->name, &scan, err);
	if (status != TANDA_OK)
		return status;
	a->invalid = scan.invalid;
	a->invalid_line = scan.invalid_line;
	a->invalid_column = scan.invalid_column;
	a->layout_guessed = layout == ARTICLE_LAYOUT_AUTO;
	a->layout = a->layout_guessed ? guess_layout(&scan, body) : layout;
	a->paragraphs = scan.lines;
	a->count = scan.count;
	if (a->layout == ARTICLE_LAYOUT_BLOCKS)
		a->count = merge_blocks(a->paragraphs, a->count);
	if (body_is_normal(&scan, a->layout)) {
		a->text = body;
		a->text_len = size;
		return TANDA_OK;
	}
	status = rewrite_text(a, body, size, err);
	if (status == TANDA_OK && !a->keep_source)
		source_close(&a->source);	/* the text no longer points in */
	return status;
}

/* Note where each line of the kept source begins, so that a file position
 * costs a paragraph's length, not the file's (tanda check prints one per
 * finding); without memory it is left out and positions count from the
 * start. */
static void index_lines(struct article *a)
{
	const struct source *src = &a->source;
	size_t i, n = 0, alloc = 0;
	size_t *starts = NULL;

	if (src->bytes == NULL || GROW(starts, alloc, 1) != 0)
		return;
	starts[n++] = 0;
	for (i = 0; i < src->size; i++) {
		char b = src->bytes[i];

		if (!(b == '\n' || (b == '\r' && (i + 1 == src->size || src->bytes[i + 1] != '\n'))))
			continue;
		if (GROW(starts, alloc, n + 1) != 0) {
			free(starts);
			return;
		}
		starts[n++] = i + 1;
	}
	a->line_starts = starts;
	a->nline_starts = n;
}

/* Copy the len bytes at s into a new string, or NULL when out of memory. */
static char *copy_text(const char *s, size_t len)
{
	char *copy = malloc(len + 1);

	if (copy != NULL) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

/* Whether the len bytes at s (a short first paragraph) are a dateline,
 * the place and the agency before the story ("JAKARTA (Reuters) -",
 * "Jakarta CNN Indonesia —"): they end in a dash. */
static int is_dateline(const char *s, size_t len)
{
	uint32_t cp = last_char(s, len);

	return cp == '-' || (cp >= 0x2012 && cp <= 0x2015) || cp == 0x2212;
}

/* Fill in the title and language that front matter did not give: the
 * first paragraph is the title when it is short, does not end a sentence
 * and is not a dateline. */
static enum tanda_status guess_meta(struct article *a, struct tanda_error *err)
{
	if (a->meta.title == NULL && a->count > 0) {
		const struct paragraph *first = &a->paragraphs[0];
		const char *text = a->text + first->start;

		if (utf8_count(text, first->len) < TITLE_MAX && text[first->len - 1] != '.' &&
		    !is_dateline(text, first->len)) {
			a->meta.title = copy_text(text, first->len);
			if (a->meta.title == NULL)
				return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", a->name);
		}
	}
	if (a->meta.language == NULL) {
		const char *guess = language_guess(a->text, a->text_len);

		if (guess != NULL && (a->meta.language = copy_text(guess, strlen(guess))) == NULL)
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", a->name);
	}
	return TANDA_OK;
}

/* The layout to load with: the one asked for, else the one the front
 * matter says, else AUTO (guess it). */
static enum article_layout layout_to_use(const struct article *a, enum article_layout asked)
{
	enum article_layout said;

	if (asked != ARTICLE_LAYOUT_AUTO || a->meta.paragraphs == NULL ||
	    article_parse_layout(a->meta.paragraphs, &said) != 0)
		return asked;
	return said;
}

/* Take the title given (over the front matter's and the guess). */
static enum tanda_status give_title(struct article *a, const char *title,
				    struct tanda_error *err)
{
	if (title == NULL)
		return TANDA_OK;
	free(a->meta.title);
	a->meta.title = title[0] != '\0' ? copy_text(title, strlen(title)) : NULL;
	if (title[0] != '\0' && a->meta.title == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", a->name);
	return TANDA_OK;
}

/* Load the paragraphs that a reader of a marked-up format gathered (taken
 * from blocks): the text is theirs, each paragraph keeps its source line,
 * and the file's bytes are let go unless keep_source asks for them (apply
 * places corrections in them; positions are per paragraph either way). */
static enum tanda_status load_blocks(struct article *a, struct blocks *blocks,
				     struct tanda_error *err)
{
	size_t len, i;
	enum tanda_status status;

	if (!a->keep_source)
		source_close(&a->source);
	a->converted = strbuf_detach(&blocks->text, &len);
	if (a->converted == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", a->name);
	status = load_body(a, a->converted, len, 1, ARTICLE_LAYOUT_LINES, err);
	if (status == TANDA_OK && a->count == blocks->count)
		for (i = 0; i < a->count; i++)
			a->paragraphs[i].line = blocks->lines[i];
	return status;
}

/* Load an HTML page's paragraphs and metadata. */
static enum tanda_status load_html(struct article *a, const char *bytes, size_t size,
				   const struct article_options *options, struct tanda_error *err)
{
	struct html_page page;
	enum tanda_status status;

	status = html_read(bytes, size, a->name, options->url, options->content_type, &page, err);
	if (status == TANDA_OK) {
		a->meta = page.meta;
		memset(&page.meta, 0, sizeof page.meta);
		status = load_blocks(a, &page.blocks, err);
	}
	if (status == TANDA_OK && page.invalid > 0) {	/* the text has U+FFFD already */
		a->invalid = page.invalid;
		a->invalid_line = page.invalid_line;
		a->invalid_column = page.invalid_column;
	}
	html_page_release(&page);
	return status;
}

/* Load a Markdown body, which begins on line first_line. */
static enum tanda_status load_markdown(struct article *a, const char *bytes, size_t size,
				       uint32_t first_line, struct tanda_error *err)
{
	struct blocks blocks;
	enum tanda_status status;

	blocks_init(&blocks);
	a->body_offset = (size_t)(bytes - a->source.bytes);
	a->body_size = size;
	a->body_line = first_line;
	status = markdown_read(bytes, size, first_line, a->name, &blocks, NULL, err);
	if (status == TANDA_OK)
		status = load_blocks(a, &blocks, err);
	blocks_release(&blocks);
	return status;
}

/* Load a text or Markdown file's front matter and body. */
static enum tanda_status load_text(struct article *a, const char *bytes, size_t size,
				   enum article_format format, enum article_layout layout,
				   struct tanda_error *err)
{
	size_t yaml_len, body;
	uint32_t first_line = 1, fence_lines;
	enum tanda_status status;

	if (frontmatter_find(bytes, size, &yaml_len, &body, &fence_lines)) {
		const char *yaml = (const char *)memchr(bytes, '\n', size) + 1;

		status = frontmatter_parse(yaml, yaml_len, 2, a->name, &a->meta, err);
		if (status != TANDA_OK)
			return status;
		bytes += body;
		size -= body;
		first_line += fence_lines;
	}
	if (format == ARTICLE_FORMAT_MARKDOWN)
		return load_markdown(a, bytes, size, first_line, err);
	return load_body(a, bytes, size, first_line, layout_to_use(a, layout), err);
}

/* Load the article from its open source, in the format options give or
 * the one detected; path is for the detection by extension. */
static enum tanda_status load_source(struct article *a, const char *path,
				     const struct article_options *options,
				     struct tanda_error *err)
{
	const char *bytes = a->source.bytes;
	size_t size = a->source.size;
	enum article_format format = options->format;
	enum tanda_status status;

	if (size >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
		bytes += 3;
		size -= 3;
	}
	if (format == ARTICLE_FORMAT_AUTO)
		format = article_detect_format(path, bytes, size);
	a->format = format;
	if (format == ARTICLE_FORMAT_HTML)
		status = load_html(a, bytes, size, options, err);
	else
		status = load_text(a, bytes, size, format, options->layout, err);
	if (status == TANDA_OK && a->meta.url == NULL && options->url != NULL &&
	    (a->meta.url = copy_text(options->url, strlen(options->url))) == NULL)
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", a->name);
	if (status == TANDA_OK)
		status = guess_meta(a, err);
	return status == TANDA_OK ? give_title(a, options->title, err) : status;
}

enum tanda_status article_load(const char *path, const struct article_options *options,
			       struct article **out, struct tanda_error *err)
{
	struct article *a = calloc(1, sizeof *a);
	enum tanda_status status;
	const char *name = options->name ? options->name
			   : strcmp(path, "-") == 0 ? SOURCE_STDIN_NAME : path;

	*out = NULL;
	if (a == NULL || (a->name = copy_text(name, strlen(name))) == NULL) {
		free(a);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	a->keep_source = options->keep_source;
	status = source_open(&a->source, path, options->max_size, err);
	if (status == TANDA_OK)
		status = load_source(a, path, options, err);
	if (status == TANDA_OK && a->keep_source)
		index_lines(a);
	if (status != TANDA_OK) {
		article_free(a);
		return status;
	}
	*out = a;
	return TANDA_OK;
}

/* Make an article called name of a copy of bytes[len], loaded as a file
 * in format (AUTO: detected) or, when plain, as lines of text without
 * front matter; into *out. */
static enum tanda_status from_bytes(const char *name, const char *bytes, size_t len,
				    enum article_format format, int plain, struct article **out,
				    struct tanda_error *err)
{
	struct article *a = calloc(1, sizeof *a);
	struct article_options options;
	enum tanda_status status;

	*out = NULL;
	article_options_default(&options);
	options.format = format;
	if (a == NULL || (a->name = copy_text(name, strlen(name))) == NULL ||
	    (a->source.buffer = copy_text(bytes, len)) == NULL) {
		article_free(a);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	}
	a->source.bytes = a->source.buffer;
	a->source.size = len;
	a->format = ARTICLE_FORMAT_TEXT;
	if (plain)
		status = load_body(a, a->source.bytes, len, 1, ARTICLE_LAYOUT_LINES, err);
	else
		status = load_source(a, name, &options, err);
	if (status != TANDA_OK) {
		article_free(a);
		return status;
	}
	*out = a;
	return TANDA_OK;
}

enum tanda_status article_load_bytes(const char *name, const char *bytes, size_t len,
				     enum article_format format, struct article **out,
				     struct tanda_error *err)
{
	return from_bytes(name, bytes, len, format, 0, out, err);
}

enum tanda_status article_from_text(const char *name, const char *text, size_t len,
				    struct article **out, struct tanda_error *err)
{
	return from_bytes(name, text, len, ARTICLE_FORMAT_TEXT, 1, out, err);
}

void article_free(struct article *article)
{
	if (article == NULL)
		return;
	source_close(&article->source);
	article_meta_clear(&article->meta);
	free(article->normalized);
	free(article->converted);
	free(article->paragraphs);
	free(article->cp_marks);
	free(article->line_starts);
	free(article->name);
	free(article);
}

const char *article_sha256(struct article *article)
{
	if (article->sha256[0] == '\0')
		sha256_hex(article->text, article->text_len, article->sha256);
	return article->sha256;
}

size_t article_word_count(const struct article *article)
{
	size_t words = 0, i;

	for (i = 0; i < article->count; i++) {
		const struct paragraph *p = &article->paragraphs[i];
		const char *s = article->text + p->start, *end = s + p->len;

		words++;	/* normalized: words are one space apart */
		while ((s = memchr(s, ' ', (size_t)(end - s))) != NULL) {
			words++;
			s++;
		}
	}
	return words;
}

size_t article_paragraph_at(const struct article *article, size_t byte)
{
	size_t lo = 0, hi = article->count;

	if (byte >= article->text_len)
		return article->count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (article->paragraphs[mid].start <= byte)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Build the code point index, once: the byte offset of every
 * ARTICLE_CP_MARK-th code point of the text, and its length in code points
 * after them.  The text is every paragraph and one newline, so a code
 * point offset counts the newlines between paragraphs as one each; any
 * conversion then scans at most ARTICLE_CP_MARK code points, however long
 * its paragraph (a hostile set may put 100,000 annotations on one of a
 * million characters).  TANDA_ENOMEM when out of memory.
 */
static enum tanda_status build_cp_marks(struct article *a)
{
	size_t alloc = 0, count = 0, cp = 0, i;
	size_t *marks = NULL;

	if (a->cp_marks != NULL)
		return TANDA_OK;
	for (i = 0; i < a->text_len; i++) {
		if (utf8_is_continuation((unsigned char)a->text[i]))
			continue;
		if (cp % ARTICLE_CP_MARK == 0) {
			if (GROW(marks, alloc, count + 1) != 0) {
				free(marks);
				return TANDA_ENOMEM;
			}
			marks[count++] = i;
		}
		cp++;
	}
	if (GROW(marks, alloc, count + 1) != 0) {
		free(marks);
		return TANDA_ENOMEM;
	}
	marks[count] = a->text_len;	/* never read as a mark: the end */
	a->cp_marks = marks;
	a->cp_mark_count = count;
	a->cp_total = cp;
	return TANDA_OK;
}

size_t article_cp_from_byte(struct article *article, size_t byte)
{
	size_t lo = 0, hi;

	if (build_cp_marks(article) != TANDA_OK)
		return (size_t)-1;
	if (byte >= article->text_len)
		return article->cp_total;
	hi = article->cp_mark_count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (article->cp_marks[mid] <= byte)
			lo = mid;
		else
			hi = mid;
	}
	return lo * ARTICLE_CP_MARK +
	       utf8_count(article->text + article->cp_marks[lo], byte - article->cp_marks[lo]);
}

size_t article_byte_from_cp(struct article *article, size_t cp)
{
	size_t mark, from;

	if (build_cp_marks(article) != TANDA_OK)
		return (size_t)-1;
	if (cp >= article->cp_total)
		return article->text_len;
	mark = cp / ARTICLE_CP_MARK;
	from = article->cp_marks[mark];
	return from + utf8_offset(article->text + from, article->text_len - from,
				  cp % ARTICLE_CP_MARK);
}

/* The byte of the source where file line `line` (1-based) starts: lines
 * end at LF, CR LF or a lone CR, as the loader counts them. */
static size_t source_line_start(const struct source *src, uint32_t line)
{
	size_t i = 0;
	uint32_t at = 1;

	while (at < line && i < src->size) {
		char b = src->bytes[i++];

		if (b == '\n' || (b == '\r' && (i == src->size || src->bytes[i] != '\n')))
			at++;
	}
	return i;
}

/* Step over one whitespace byte at *pos of src, keeping *line and *column. */
static void skip_space(const struct source *src, size_t *pos, uint32_t *line, uint32_t *column)
{
	char b = src->bytes[(*pos)++];

	if (b == '\n' || (b == '\r' && (*pos == src->size || src->bytes[*pos] != '\n'))) {
		(*line)++;
		*column = 1;
	} else if (b != '\r') {
		(*column)++;
	}
}

void article_file_position(const struct article *a, size_t byte, uint32_t *line,
			   uint32_t *column)
{
	const struct source *src = &a->source;
	size_t para = article_paragraph_at(a, byte), pos, done = 0, target;
	const struct paragraph *p;

	*line = 1;
	*column = 1;
	if (para >= a->count)
		return;
	p = &a->paragraphs[para];
	target = byte - p->start;
	*line = p->line;
	if (src->bytes == NULL || a->converted != NULL) {	/* count in the paragraph */
		*column = 1 + (uint32_t)utf8_count(a->text + p->start, target);
		return;
	}
	pos = a->line_starts != NULL && p->line >= 1 && p->line <= a->nline_starts ?
		      a->line_starts[p->line - 1] : source_line_start(src, p->line);
	if (p->line == 1 && src->size >= 3 && memcmp(src->bytes, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	while (pos < src->size) {
		int spaced = 0;
		uint32_t cp;
		int n;

		while (pos < src->size && normalize_is_space(src->bytes[pos])) {
			skip_space(src, &pos, line, column);
			spaced = 1;
		}
		done += spaced && done > 0;
		if (done >= target || pos >= src->size)
			return;
		n = utf8_decode(src->bytes + pos, src->size - pos, &cp);
		done += n > 0 ? (size_t)n : sizeof UTF8_REPLACEMENT_BYTES - 1;
		pos += (size_t)(n > 0 ? n : -n);
		(*column)++;
	}
}

const char *article_file_bytes(const struct article *a, size_t *len)
{
	*len = a->source.bytes != NULL ? a->source.size : 0;
	return a->source.bytes;
}

const char *article_markdown_body(const struct article *a, size_t *offset, size_t *size,
				  uint32_t *first_line)
{
	if (a->format != ARTICLE_FORMAT_MARKDOWN || a->source.bytes == NULL)
		return NULL;
	*offset = a->body_offset;
	*size = a->body_size;
	*first_line = a->body_line;
	return a->source.bytes + a->body_offset;
}

/* A walk through the file's bytes alongside the text, forward only
 * (article_file_offsets). */
struct file_walk {
	const struct article *a;
	size_t line_pos;	/* where file line `line` starts */
	uint32_t line;
	size_t para;		/* the paragraph walked; count before the first */
	size_t text;		/* the offset of the text reached in it */
	size_t file;		/* the offset of the file that stands there */
};

/* Move w's line cursor on to the start of file line `line`: lines end at
 * LF, CR LF or a lone CR, as the loader counts them. */
static void walk_to_line(struct file_walk *w, uint32_t line)
{
	const struct source *src = &w->a->source;

	while (w->line < line && w->line_pos < src->size) {
		char b = src->bytes[w->line_pos++];

		if (b == '\n' ||
		    (b == '\r' && (w->line_pos == src->size || src->bytes[w->line_pos] != '\n')))
			w->line++;
	}
}

/* Start w at paragraph i: its text's start, and its first character in
 * the file (past a byte-order mark and the whitespace it was trimmed of). */
static void walk_enter(struct file_walk *w, size_t i)
{
	const struct source *src = &w->a->source;
	size_t pos;

	walk_to_line(w, w->a->paragraphs[i].line);
	pos = w->line_pos;
	if (pos == 0 && src->size >= 3 && memcmp(src->bytes, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	while (pos < src->size && normalize_is_space(src->bytes[pos]))
		pos++;
	w->para = i;
	w->text = w->a->paragraphs[i].start;
	w->file = pos;
}

/* Step w over one character of the text and what stands for it in the
 * file: a run of whitespace for a space, else the same character (or the
 * ill-formed sequence its U+FFFD replaced). */
static void walk_step(struct file_walk *w)
{
	const struct source *src = &w->a->source;
	const char *t = w->a->text + w->text;
	uint32_t cp;
	int n;

	if (*t == ' ') {
		while (w->file < src->size && normalize_is_space(src->bytes[w->file]))
			w->file++;
		w->text++;
		return;
	}
	n = utf8_decode(t, w->a->text_len - w->text, &cp);
	w->text += (size_t)(n > 0 ? n : -n);
	n = utf8_decode(src->bytes + w->file, src->size - w->file, &cp);
	w->file += (size_t)(n > 0 ? n : -n);
}

void article_file_offsets(const struct article *a, size_t *offsets, size_t count)
{
	struct file_walk w = { .a = a, .line_pos = 0, .line = 1, .para = a->count };
	size_t k, previous = 0;

	assert(a->source.bytes != NULL);
	for (k = 0; k < count; k++) {
		size_t i = article_paragraph_at(a, offsets[k]), end;

		assert(offsets[k] >= previous);
		previous = offsets[k];
		if (i == a->count) {
			offsets[k] = a->source.size;
			continue;
		}
		if (i != w.para)
			walk_enter(&w, i);
		end = a->paragraphs[i].start + a->paragraphs[i].len;
		while (w.text < offsets[k] && w.text < end && w.file < a->source.size)
			walk_step(&w);
		offsets[k] = w.file;
	}
}
