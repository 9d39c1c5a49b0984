/*
 * listing.c - annotations as a table for the terminal or as tab-separated
 * values for programs (listing.h): the columns, their widths, escaping.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cmd.h"
#include "listing.h"
#include "print.h"
#include "store.h"
#include "strbuf.h"
#include "utf8.h"

/* The columns of the tab-separated output, in order. */
static const char tsv_header[] =
	"id\tkind\tparagraph\tstart\tend\texact\tanchor\ttags\tstatus\treplacement\t"
	"speaker\tauthor\tnote\tmodified\twas\tdismissed\n";

/* The widths of a table's columns but the id and the text. */
enum {
	KIND_WIDTH = 10,
	PARAGRAPH_WIDTH = 4,
	ANCHOR_WIDTH = 6,
	STATUS_WIDTH = 12,
	AUTHOR_WIDTH = 14,
	TEXT_MIN = 12,		/* the narrowest the text gets */
	COLUMNS_DEFAULT = 80,
};

/* The status shown for a: its claim's or its correction's. */
static const char *status_of(const struct annotation *a)
{
	if (a->kind == KIND_CLAIM)
		return claim_status_names[a->claim];
	if (a->kind == KIND_CORRECTION)
		return correction_status_names[a->correction_status];
	return NULL;
}

/* Write the tags of a joined by commas. */
static void put_tags(const struct annotation *a, FILE *out)
{
	size_t i;

	for (i = 0; i < a->ntags; i++) {
		if (i > 0)
			fputc(',', out);
		print_field(out, a->tags[i]);
	}
}

/* Add one standing dismissal to the strbuf context: "REVIEWER: REASON",
 * several joined by "; " (store_dismissals' callback). */
static int add_dismissal(void *context, const char *reviewer, const char *reason,
			 const char *at)
{
	struct strbuf *sb = context;

	(void)at;
	if (sb->len > 0)
		strbuf_addstr(sb, "; ");
	strbuf_addstr(sb, reviewer);
	if (reason != NULL && reason[0] != '\0')
		strbuf_addf(sb, ": %s", reason);
	return 0;
}

/* Who dismissed a and why, into buf ("" for nobody). */
static const char *dismissed(const struct listing *l, const struct annotation *a, char *buf,
			     size_t size)
{
	struct strbuf sb;
	struct tanda_error err;

	strbuf_init_fixed(&sb, buf, size);
	if (store_dismissals(l->store, a->id, add_dismissal, &sb, &err) != TANDA_OK)
		cmd_fail(&err);
	return strbuf_str(&sb);
}

/* Write one annotation as a tab-separated line; its dismissals last. */
static void put_tsv(FILE *out, const struct annotation *a, const char *dismissals)
{
	const char *fields[] = { a->replacement, a->speaker, a->author, a->note };
	size_t i;

	fprintf(out, "%s\t%s\t%u\t%llu\t%llu\t", a->id, annotation_kind_names[a->kind],
		(unsigned)a->anchor.paragraph, (unsigned long long)a->anchor.start,
		(unsigned long long)a->anchor.end);
	print_field(out, a->anchor.exact);
	fprintf(out, "\t%s\t", anchor_state_names[a->anchor.state]);
	put_tags(a, out);
	fputc('\t', out);
	print_field(out, status_of(a));
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		fputc('\t', out);
		print_field(out, fields[i]);
	}
	fprintf(out, "\t%s\t", a->modified);
	print_field(out, a->anchor.old_exact);
	fputc('\t', out);
	print_field(out, dismissals[0] ? dismissals : NULL);
	fputc('\n', out);
}

/* Write at most width characters of raw (control characters escaped,
 * line breaks and tabs as spaces, an ellipsis where it was cut unless it
 * is an id, cut short on purpose), then, unless last, padding to width and
 * a space. */
static void put_cell(const char *raw, size_t width, int is_id, int last, FILE *out)
{
	char escaped[4 * 256];
	const char *text = raw;
	size_t len, cut, shown, i;

	if (raw != NULL) {
		print_escaped_into(escaped, sizeof escaped, raw, strlen(raw));
		text = escaped;
	}
	len = text ? strlen(text) : 0;
	cut = text ? utf8_offset(text, len, width) : 0;
	shown = text ? utf8_count(text, cut) : 0;

	if (is_id)
		len = cut;
	if (cut < len && shown > 0) {	/* room for the ellipsis */
		cut = utf8_offset(text, len, width - 1);
		shown = utf8_count(text, cut) + 1;
	}
	for (i = 0; i < cut; i++)
		fputc(text[i] == '\n' || text[i] == '\t' ? ' ' : text[i], out);
	if (cut < len)
		fputs("\xE2\x80\xA6", out);
	for (; !last && shown < width + 1; shown++)
		fputc(' ', out);
}

/* Write one table row of cells: the id, kind, paragraph, anchor, text,
 * status and author. */
static void put_cells(const struct listing *l, const char *const cells[7])
{
	const size_t widths[7] = { l->id_width, KIND_WIDTH, PARAGRAPH_WIDTH, ANCHOR_WIDTH,
				   l->text_width, STATUS_WIDTH, AUTHOR_WIDTH };
	size_t i;

	for (i = 0; i < 7; i++)
		put_cell(cells[i], widths[i], i == 0, i == 6, l->out);
	fputc('\n', l->out);
}

/* The words of a as the table shows them: a correction's as WRONG ->
 * REPLACEMENT, "fixed in the file" where its edit resolved it; who
 * dismissed it and why after; into buf. */
static const char *shown_words(const struct annotation *a, const char *dismissals, char *buf,
			       size_t size)
{
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	if (a->kind != KIND_CORRECTION || a->replacement == NULL)
		strbuf_addstr(&sb, a->anchor.exact ? a->anchor.exact : "");
	else
		strbuf_addf(&sb, "%s \xE2\x86\x92 %s%s", annotation_wrong_words(a),
			    a->replacement,
			    a->anchor.state == ANCHOR_RESOLVED ? " (fixed in the file)" : "");
	if (dismissals[0] != '\0')
		strbuf_addf(&sb, " (dismissed by %s)", dismissals);
	return buf;
}

int listing_row(void *context, const struct annotation *a)
{
	const struct listing *l = context;
	char para[16], words[512], dismissals[512];

	dismissed(l, a, dismissals, sizeof dismissals);
	if (!l->table) {
		put_tsv(l->out, a, dismissals);
		return 0;
	}
	snprintf(para, sizeof para, "%u", (unsigned)a->anchor.paragraph);
	put_cells(l, (const char *const[7]){ a->id, annotation_kind_names[a->kind], para,
					     anchor_state_names[a->anchor.state],
					     shown_words(a, dismissals, words, sizeof words),
					     status_of(a), a->author });
	return 0;
}

/* The width of the terminal out is, else $COLUMNS, else 80. */
static size_t terminal_width(FILE *out)
{
	struct winsize ws;
	const char *columns = getenv("COLUMNS");

	if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if (columns != NULL && atoi(columns) > 0)
		return (size_t)atoi(columns);
	return COLUMNS_DEFAULT;
}

int listing_start(struct listing *l, struct store *store, FILE *out)
{
	struct tanda_error err;
	size_t fixed, width;

	*l = (struct listing){ .out = out, .table = isatty(fileno(out)), .store = store };
	if (!l->table) {
		fputs(tsv_header, out);
		return 0;
	}
	if (store_id_unique_length(store, LISTING_ID_MIN, &l->id_width, &err) != TANDA_OK)
		return cmd_fail(&err);
	width = terminal_width(out);
	fixed = l->id_width + 1 + KIND_WIDTH + 1 + PARAGRAPH_WIDTH + 1 + ANCHOR_WIDTH + 1 +
		STATUS_WIDTH + 1 + AUTHOR_WIDTH + 1;
	l->text_width = width > fixed + TEXT_MIN ? width - fixed : TEXT_MIN;
	put_cells(l, (const char *const[7]){ "ID", "KIND", "\xC2\xB6", "ANCHOR", "TEXT", "STATUS",
					     "AUTHOR" });
	return 0;
}
