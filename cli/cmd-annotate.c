/*
 * cmd-annotate.c - `tanda annotate FILE --exact TEXT --kind KIND ...`: add
 * one annotation from a script, and print its id.
 */
#include <assert.h>
#include <getopt.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "anchor.h"
#include "cmd.h"
#include "grow.h"
#include "open.h"
#include "strbuf.h"
#include "store.h"
#include "unicode.h"

enum {
	OPT_EXACT = CMD_OPT_FIRST_FREE,
	OPT_KIND,
	OPT_PARAGRAPH,
	OPT_OCCURRENCE,
	OPT_TAG,
	OPT_NOTE,
	OPT_COLOR,
	OPT_SPEAKER,
	OPT_STATUS,
	OPT_REPLACE,
	OPT_CORRECTION_KIND,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	const char *exact, *kind, *note, *color, *speaker, *status, *replace, *correction_kind;
	size_t paragraph, occurrence;
	const char **tags;
	size_t ntags, tags_alloc;
};

/* Read a whole number from 1 in arg into *out. */
static enum tanda_status take_count(const char *arg, size_t *out, struct tanda_error *why)
{
	char *end;
	unsigned long long value = strtoull(arg, &end, 10);

	if (arg[0] < '0' || arg[0] > '9' || *end != '\0' || value == 0)
		return tanda_fail(why, TANDA_EUSAGE, "expected a number from 1, not \"%s\"", arg);
	*out = (size_t)value;
	return TANDA_OK;
}

/* Remember a --tag. */
static enum tanda_status add_tag(struct request *r, const char *tag, struct tanda_error *why)
{
	if (GROW(r->tags, r->tags_alloc, r->ntags + 1) != 0)
		return tanda_fail(why, TANDA_ENOMEM, "out of memory");
	r->tags[r->ntags++] = tag;
	return TANDA_OK;
}

/* Where each text option goes in a request. */
static const struct {
	int key;
	size_t offset;
} text_options[] = {
	{ OPT_EXACT, offsetof(struct request, exact) },
	{ OPT_KIND, offsetof(struct request, kind) },
	{ OPT_NOTE, offsetof(struct request, note) },
	{ OPT_COLOR, offsetof(struct request, color) },
	{ OPT_SPEAKER, offsetof(struct request, speaker) },
	{ OPT_STATUS, offsetof(struct request, status) },
	{ OPT_REPLACE, offsetof(struct request, replace) },
	{ OPT_CORRECTION_KIND, offsetof(struct request, correction_kind) },
};

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;
	size_t i;

	for (i = 0; i < sizeof text_options / sizeof text_options[0]; i++)
		if (text_options[i].key == key) {
			*(const char **)((char *)r + text_options[i].offset) = arg;
			return TANDA_OK;
		}
	if (key == OPT_PARAGRAPH)
		return take_count(arg, &r->paragraph, why);
	if (key == OPT_OCCURRENCE)
		return take_count(arg, &r->occurrence, why);
	assert(key == OPT_TAG);
	return add_tag(r, arg, why);
}

/* Parse the command line into r; returns CMD_CONTINUE or the exit
 * status. */
static int parse(struct request *r, int argc, char **argv)
{
	int status = cmd_parse(&cmd_annotate_entry, argc, argv, &r->common, NULL, r);

	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc - 1 || r->exact == NULL || r->kind == NULL) {
		cmd_error("annotate needs a FILE, --exact TEXT and --kind KIND");
		return cmd_usage_error(&cmd_annotate_entry);
	}
	return CMD_CONTINUE;
}

/* Set *index to the entry of names that the value of option names;
 * returns CMD_CONTINUE, or the exit status after saying it names none. */
static int choose(const char *option, const char *const *names, int count, const char *value,
		  int *index)
{
	char why[256];
	struct strbuf sb;
	int i;

	if (value == NULL)
		return CMD_CONTINUE;
	if ((*index = annotation_lookup(names, count, value)) >= 0)
		return CMD_CONTINUE;
	strbuf_init_fixed(&sb, why, sizeof why);
	strbuf_addf(&sb, "\"%s\" is not one of:", value);
	for (i = 0; i < count; i++)
		if (names[i] != NULL)
			strbuf_addf(&sb, " %s", names[i]);
	return cmd_option_error(&cmd_annotate_entry, option, why);
}

/* Fill a correction's status and kind in a from r; CMD_CONTINUE or the
 * exit status. */
static int fill_correction(const struct request *r, struct annotation *a)
{
	int status = CORRECTION_PROPOSED, ckind = 0;
	int rc = choose("--status", correction_status_names, CORRECTION_STATUS_COUNT, r->status,
			&status);

	if (rc == CMD_CONTINUE)
		rc = choose("--correction-kind", correction_kind_names, CORRECTION_KIND_COUNT,
			    r->correction_kind, &ckind);
	a->correction_status = (enum correction_status)status;
	a->correction_kind = (enum correction_kind)(ckind ? ckind : CORRECTION_OTHER);
	return rc;
}

/* Fill the kind and its fields of a from r; CMD_CONTINUE or the exit
 * status. */
static int fill_kind(const struct request *r, struct annotation *a)
{
	int kind = 0, claim = CLAIM_UNVERIFIED;
	int rc = choose("--kind", annotation_kind_names, KIND_COUNT, r->kind, &kind);

	if (rc != CMD_CONTINUE)
		return rc;
	a->kind = (enum annotation_kind)kind;
	if (a->kind == KIND_CLAIM) {
		rc = choose("--status", claim_status_names, CLAIM_COUNT, r->status, &claim);
		a->claim = (enum claim_status)claim;
		return rc;
	}
	if (a->kind == KIND_CORRECTION)
		return fill_correction(r, a);
	if (r->status != NULL || r->correction_kind != NULL)
		return cmd_option_error(&cmd_annotate_entry,
					r->status != NULL ? "--status" : "--correction-kind",
					"only a claim or a correction has one");
	return CMD_CONTINUE;
}

/* Fill a from r, the found words [start, end) of article, and author;
 * returns the exit status. */
static int fill(const struct request *r, struct article *article, size_t start, size_t end,
		const char *author, struct annotation *a)
{
	struct tanda_error err;
	size_t i;
	int failed = 0, status = fill_kind(r, a);

	if (status != CMD_CONTINUE)
		return status;
	if (anchor_make(article, start, end, &a->anchor, &err) != TANDA_OK)
		return cmd_fail(&err);
	memcpy(a->article, article_sha256(article), sizeof a->article);
	failed |= annotation_set(&a->note, r->note);
	failed |= annotation_set(&a->color, r->color);
	failed |= annotation_set(&a->speaker, r->speaker);
	failed |= annotation_set(&a->replacement, r->replace);
	failed |= annotation_set(&a->author, author);
	for (i = 0; i < r->ntags && !failed; i++)
		failed |= annotation_add_tag(a, r->tags[i]);
	if (failed) {
		cmd_error("out of memory");
		return EX_OSERR;
	}
	return 0;
}

/* Say that the words are not in the article; returns EX_DATAERR. */
static int not_found(const struct request *r, const struct article *article)
{
	char where[64] = "";

	if (r->paragraph > 0)
		snprintf(where, sizeof where, " in paragraph %zu", r->paragraph);
	if (r->occurrence > 1)
		cmd_error("%s: \"%s\" does not occur %zu times%s", article->name, r->exact,
			  r->occurrence, where);
	else
		cmd_error("%s: \"%s\" does not occur%s", article->name, r->exact, where);
	return EX_DATAERR;
}

/* Say that the words found at [start, end) split a character of the
 * article (a letter from its combining accent...), showing the whole
 * characters; returns EX_DATAERR. */
static int splits_character(const struct request *r, const struct article *article,
			    size_t start, size_t end)
{
	size_t from = unicode_grapheme_floor(article->text, article->text_len, start);
	size_t to = unicode_grapheme_ceil(article->text, article->text_len, end);

	cmd_error("%s: \"%s\" splits a character in paragraph %zu (the text there is \"%.*s\"): "
		  "give whole characters", article->name, r->exact,
		  article_paragraph_at(article, start) + 1, (int)(to - from), article->text + from);
	return EX_DATAERR;
}

/* Find the words, build the annotation and save it; returns the exit
 * status. */
static int annotate(const struct request *r, struct article *article, struct store *store)
{
	struct annotation a;
	struct tanda_error err;
	char author[256];
	size_t start, end;
	int status;

	if (!anchor_find(article, r->exact, r->paragraph, r->occurrence ? r->occurrence : 1,
			 &start, &end))
		return not_found(r, article);
	if (!unicode_is_grapheme_boundary(article->text, article->text_len, start) ||
	    !unicode_is_grapheme_boundary(article->text, article->text_len, end))
		return splits_character(r, article, start, end);
	annotation_init(&a);
	status = fill(r, article, start, end, cmd_author(&r->common, author, sizeof author), &a);
	if (status == 0 && (store_annotation_insert(store, &a, &err) != TANDA_OK ||
			    store_commit(store, &err) != TANDA_OK))
		status = cmd_fail(&err);
	if (status == 0)
		printf("%s\n", a.id);
	annotation_clear(&a);
	return status == 0 ? cmd_finish_output(stdout) : status;
}

/* Run `tanda annotate`. */
static int run(int argc, char **argv)
{
	struct request r = { .exact = NULL, .tags = NULL, .ntags = 0, .tags_alloc = 0 };
	struct article *article;
	struct store *store;
	int status;

	cmd_common_init(&r.common);
	status = parse(&r, argc, argv);
	if (status != CMD_CONTINUE) {
		free(r.tags);
		return status;
	}
	status = cmd_open_article(argv[optind], &r.common, 1, &article, &store);
	if (status == 0) {
		status = annotate(&r, article, store);
		store_close(store);
		article_free(article);
	}
	free(r.tags);
	return status;
}

/* The options of annotate. */
static const struct cmd_option verb_options[] = {
	{ .name = "exact", .key = OPT_EXACT, .arg = "TEXT",
	  .help = "the words to annotate (required)" },
	{ .name = "kind", .key = OPT_KIND, .arg = "KIND",
	  .help = "highlight, quote, claim, correction or note" },
	{ .name = "paragraph", .key = OPT_PARAGRAPH, .arg = "N", .help = "TEXT is in paragraph N" },
	{ .name = "occurrence", .key = OPT_OCCURRENCE, .arg = "K",
	  .help = "the K-th TEXT (default 1)" },
	{ .name = "tag", .key = OPT_TAG, .arg = "TAG", .help = "a tag (repeatable)" },
	{ .name = "note", .key = OPT_NOTE, .arg = "TEXT", .help = "a note" },
	{ .name = "color", .key = OPT_COLOR, .arg = "COLOR", .help = "a color" },
	{ .name = "speaker", .key = OPT_SPEAKER, .arg = "NAME", .help = "who said a quote" },
	{ .name = "status", .key = OPT_STATUS, .arg = "STATUS",
	  .help = "a claim's or a correction's status" },
	{ .name = "replace", .key = OPT_REPLACE, .arg = "TEXT",
	  .help = "a correction's replacement" },
	{ .name = "correction-kind", .key = OPT_CORRECTION_KIND, .arg = "KIND",
	  .help = "date, name, title, number, spelling, attribution, other" },
	{ .name = NULL },
};

const struct cmd_entry cmd_annotate_entry = {
	.name = "annotate",
	.alias = NULL,
	.usage = "tanda annotate FILE --exact TEXT --kind KIND [OPTIONS]",
	.summary = "Add one annotation on the words TEXT of FILE and print its id",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
