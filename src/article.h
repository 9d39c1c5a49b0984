/*
 * article.h - the article model: a UTF-8 text file (or an HTML page, see
 * html.h) loaded, normalized and split into paragraphs, with its metadata
 * and its identity.
 *
 * The normalized text is every paragraph followed by one newline; it is
 * what `tanda cat` prints, and its SHA-256 is the article's identity.
 * Offsets are bytes into that text; article_cp_* convert them to and from
 * Unicode code point offsets, which is how positions leave the program.
 */
#ifndef TANDA_ARTICLE_H
#define TANDA_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "format.h"
#include "frontmatter.h"
#include "paragraph.h"
#include "sha256.h"
#include "source.h"

/* How lines become paragraphs. */
enum article_layout {
	ARTICLE_LAYOUT_AUTO,	/* guess: blocks for hard-wrapped files, else lines */
	ARTICLE_LAYOUT_LINES,	/* each non-blank line is a paragraph */
	ARTICLE_LAYOUT_BLOCKS,	/* blank lines separate paragraphs */
};

struct article_options {
	enum article_layout layout;	/* AUTO: the front matter's paragraphs:, else the guess */
	const char *title;		/* the title, over the front matter's; NULL: none given */
	uint64_t max_size;	/* largest input accepted, in bytes */
	int keep_source;	/* keep the file's bytes for article_file_position */
	enum article_format format;	/* text, HTML...; AUTO to detect it */
	const char *name;	/* what messages call the input (NULL: its path) */
	const char *url;	/* where the bytes came from (NULL: a file): the
				 * url when the page names none, and the base of
				 * a relative canonical URL */
	const char *content_type; /* the media type the server named (NULL:
				 * none): its charset is over the page's own */
};

struct article {
	char *name;			/* the path as given, or SOURCE_STDIN_NAME */
	const char *text;		/* the normalized text */
	size_t text_len;		/* its length in bytes */
	struct paragraph *paragraphs;	/* in text order */
	size_t count;			/* how many */
	struct article_meta meta;	/* from front matter, then guessed */
	enum article_layout layout;	/* the layout used (never AUTO) */
	int layout_guessed;		/* it was guessed: neither the options nor
					 * the front matter said (a caller may load
					 * again with the one recorded for the file) */
	size_t invalid;			/* ill-formed UTF-8 sequences replaced */
	uint32_t invalid_line;		/* where the first was, in the file */
	uint32_t invalid_column;
	enum article_format format;	/* the format it was read as (never AUTO) */

	/* Private to article.c. */
	struct source source;		/* the raw bytes, while text points in */
	char *normalized;		/* the text, when it had to be rewritten */
	char *converted;		/* the paragraphs of an HTML or Markdown file */
	size_t *cp_marks;		/* the code point index: the byte offset of
					 * every ARTICLE_CP_MARK-th code point */
	size_t cp_mark_count;
	size_t cp_total;		/* code points in the text */
	char sha256[SHA256_HEX_SIZE];	/* "" until computed */
	int keep_source;		/* the source stays open after normalizing */
	size_t *line_starts;		/* with the source kept: where each of its
					 * lines begins (article_file_position) */
	size_t nline_starts;
	size_t body_offset, body_size;	/* a Markdown body's bytes in the source */
	uint32_t body_line;		/* and the file's line it begins on */
};

/* The code points between two marks of the code point index: a
 * conversion scans at most this many, in any paragraph. */
#define ARTICLE_CP_MARK 256

/* Options with the defaults: guessed layout and format, no title given,
 * 1 GiB limit. */
void article_options_default(struct article_options *options);

/*
 * Load the file at path ("-" for standard input).  On success *out is a new
 * article, freed with article_free.  Fails with TANDA_ENOINPUT (missing,
 * unreadable, a directory) or TANDA_EDATA (a NUL byte in a text file, too
 * large, bad front matter, an HTML page past the limits of html-limits.h),
 * with a one-line message naming the file.  The format is options->format,
 * else detected by article_detect_format.  The paragraphs of an HTML or a
 * Markdown file are its blocks, each with the line where it began; their
 * file positions count columns in the paragraph's text.
 */
enum tanda_status article_load(const char *path, const struct article_options *options,
			       struct article **out, struct tanda_error *err);

/*
 * Make an article of the len bytes of text (such as a stored or imported
 * normalized text; copied), one paragraph per non-blank line, normalized as
 * a file would be, called name in messages.  Its metadata is left empty.
 */
enum tanda_status article_from_text(const char *name, const char *text, size_t len,
				    struct article **out, struct tanda_error *err);

/* Make an article of the len bytes at bytes (copied), read as a file
 * called name in the given format would be (AUTO: detected by name and
 * content): how apply reads back what it is about to write. */
enum tanda_status article_load_bytes(const char *name, const char *bytes, size_t len,
				     enum article_format format, struct article **out,
				     struct tanda_error *err);

/* Free an article and everything it owns; NULL is fine. */
void article_free(struct article *article);

/* Parse "auto", "lines" or "blocks" into *layout; TANDA_EDATA (and no
 * message: the caller words it) for anything else. */
enum tanda_status article_parse_layout(const char *text, enum article_layout *layout);

/* The identity of the article: SHA-256 of its text, 64 lowercase hex
 * digits, computed on first use; valid as long as the article. */
const char *article_sha256(struct article *article);

/* The number of words (runs of non-space characters) in the text. */
size_t article_word_count(const struct article *article);

/* The paragraph that holds byte offset byte (or its newline); count when
 * byte is at or past the end of the text. */
size_t article_paragraph_at(const struct article *article, size_t byte);

/* The code point offset of byte offset byte in the text, or (size_t)-1 when
 * out of memory.  The first conversion builds an index of the text (about
 * one size_t per ARTICLE_CP_MARK code points), after which each costs
 * O(log(text) + ARTICLE_CP_MARK), however long the paragraph. */
size_t article_cp_from_byte(struct article *article, size_t byte);

/* The byte offset of code point offset cp in the text (text_len when past
 * its end), or (size_t)-1 when out of memory. */
size_t article_byte_from_cp(struct article *article, size_t cp);

/* The bytes of the file the article was read from, all of them (a
 * byte-order mark and front matter too), their length in *len; NULL when
 * they were not kept (an article normalized without keep_source, an HTML
 * page or a Markdown file loaded without it).  Only a text file's bytes
 * normalize to its text (article_file_offsets); a Markdown file's map to
 * it through markdown-place.h. */
const char *article_file_bytes(const struct article *a, size_t *len);

/* The body of a Markdown article whose file's bytes were kept (what
 * follows its byte-order mark and front matter): its bytes, their offset
 * in the file (*offset), their length (*size) and the file's line they
 * begin on (*first_line); NULL for any other article. */
const char *article_markdown_body(const struct article *a, size_t *offset, size_t *size,
				  uint32_t *first_line);

/*
 * Turn offsets[count], byte offsets of the text in ascending order each on
 * a character boundary, into offsets of the file's bytes (which must be
 * kept: article_file_bytes), in one pass over them: the file's bytes from
 * one converted offset to the next are those that normalize to the text
 * between.  A space of the text stands for the whole run of whitespace and
 * line breaks it replaced: an offset at a space becomes where that run
 * begins, an offset at a paragraph's end the byte after its last
 * character, an offset past the last paragraph the file's end.
 */
void article_file_offsets(const struct article *a, size_t *offsets, size_t count);

/* Where byte offset byte of the text is in the file the article was read
 * from: its 1-based line and column (in characters, a byte-order mark not
 * counted), with the whitespace and line breaks that normalizing folded
 * counted back in.  Exact when the file's bytes are still there (a file
 * already normal, or loaded with keep_source); else the column counts
 * characters of the normalized paragraph from its first line. */
void article_file_position(const struct article *a, size_t byte, uint32_t *line,
			   uint32_t *column);

#endif
