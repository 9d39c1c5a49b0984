/*
 * cmd-annotate.c - `tanda annotate FILE --exact TEXT --kind KIND ...`: add
 * one annotation from a script, and print its id.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "anchor.h"
#include "cmd.h"
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
	size_t ntags;
};

/* Parse a positive number for option name into *out; 0 on success. */
static int parse_count(const char *name, const char *arg, size_t *out)
{
	char *end;
	unsigned long long value = strtoull(arg, &end, 10);

	if (arg[0] < '0' || arg[0] > '9' || *end != '\0' || value == 0) {
		cmd_error("--%s: expected a number from 1, not \"%s\"", name, arg);
		return -1;
	}
	*out = (size_t)value;
	return 0;
}

/* Remember a --tag. */
static int add_tag(struct request *r, const char *tag)
{
	const char **grown = realloc(r->tags, (r->ntags + 1) * sizeof *grown);

	if (grown == NULL) {
		cmd_error("out of memory");
		return -1;
	}
	r->tags = grown;
	r->tags[r->ntags++] = tag;
	return 0;
}

/* Apply one option of this verb; 0 on success. */
static int take_option(struct request *r, int opt, const char *arg)
{
	switch (opt) {
	case OPT_EXACT: r->exact = arg; return 0;
	case OPT_KIND: r->kind = arg; return 0;
	case OPT_PARAGRAPH: return parse_count("paragraph", arg, &r->paragraph);
	case OPT_OCCURRENCE: return parse_count("occurrence", arg, &r->occurrence);
	case OPT_TAG: return add_tag(r, arg);
	case OPT_NOTE: r->note = arg; return 0;
	case OPT_COLOR: r->color = arg; return 0;
	case OPT_SPEAKER: r->speaker = arg; return 0;
	case OPT_STATUS: r->status = arg; return 0;
	case OPT_REPLACE: r->replace = arg; return 0;
	case OPT_CORRECTION_KIND: r->correction_kind = arg; return 0;
	default: return -1;
	}
}

/* Parse the command line into r; returns -1 for a usage error, 1 for
 * --help, 0 otherwise. */
static int parse(struct request *r, int argc, char **argv)
{
	static const struct option long_options[] = {
		{ "exact", required_argument, NULL, OPT_EXACT },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ "paragraph", required_argument, NULL, OPT_PARAGRAPH },
		{ "occurrence", required_argument, NULL, OPT_OCCURRENCE },
		{ "tag", required_argument, NULL, OPT_TAG },
		{ "note", required_argument, NULL, OPT_NOTE },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "speaker", required_argument, NULL, OPT_SPEAKER },
		{ "status", required_argument, NULL, OPT_STATUS },
		{ "replace", required_argument, NULL, OPT_REPLACE },
		{ "correction-kind", required_argument, NULL, OPT_CORRECTION_KIND },
		CMD_COMMON_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	while ((opt = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		int used = cmd_common_option(opt, optarg, &r->common);

		if (used < 0)
			return -1;
		if (used)
			continue;
		if (opt == 'h')
			return 1;
		if (take_option(r, opt, optarg) != 0)
			return -1;
	}
	if (optind != argc - 1 || r->exact == NULL || r->kind == NULL) {
		cmd_error("annotate needs a FILE, --exact TEXT and --kind KIND");
		return -1;
	}
	return 0;
}

/* Set *index to the entry of names that value names; print why not and
 * return -1 when it names none. */
static int choose(const char *what, const char *const *names, int count, const char *value,
		  int *index)
{
	int i;

	if (value == NULL)
		return 0;
	if ((*index = annotation_lookup(names, count, value)) >= 0)
		return 0;
	fprintf(stderr, "tanda: %s: \"%s\" is not one of:", what, value);
	for (i = 0; i < count; i++)
		if (names[i] != NULL)
			fprintf(stderr, " %s", names[i]);
	fputc('\n', stderr);
	return -1;
}

/* Fill the kind and its fields of a from r; 0 on success. */
static int fill_kind(const struct request *r, struct annotation *a)
{
	int kind = 0, claim = CLAIM_UNVERIFIED, status = CORRECTION_PROPOSED, ckind = 0, color;

	if (choose("--kind", annotation_kind_names, KIND_COUNT, r->kind, &kind) != 0 ||
	    choose("--color", annotation_color_names, ANNOTATION_COLORS, r->color, &color) != 0)
		return -1;
	a->kind = (enum annotation_kind)kind;
	if (a->kind == KIND_CLAIM) {
		if (choose("--status", claim_status_names, CLAIM_COUNT, r->status, &claim) != 0)
			return -1;
		a->claim = (enum claim_status)claim;
	} else if (a->kind == KIND_CORRECTION) {
		if (choose("--status", correction_status_names, CORRECTION_STATUS_COUNT, r->status,
			   &status) != 0 ||
		    choose("--correction-kind", correction_kind_names, CORRECTION_KIND_COUNT,
			   r->correction_kind, &ckind) != 0)
			return -1;
		a->correction_status = (enum correction_status)status;
		a->correction_kind = (enum correction_kind)(ckind ? ckind : CORRECTION_OTHER);
	} else if (r->status != NULL || r->correction_kind != NULL) {
		cmd_error("--status and --correction-kind are for a claim or a correction");
		return -1;
	}
	return 0;
}

/* Fill a from r, the found words [start, end) of article, and author;
 * returns the exit status. */
static int fill(const struct request *r, struct article *article, size_t start, size_t end,
		const char *author, struct annotation *a)
{
	struct tanda_error err;
	size_t i;
	int failed = 0;

	if (fill_kind(r, a) != 0)
		return EX_USAGE;
	if (anchor_make(article, start, end, &a->anchor, &err) != TANDA_OK)
		return cmd_fail(&err);
	memcpy(a->article, article_sha256(article), sizeof a->article);
	failed |= annotation_set(&a->note, r->note);
	failed |= annotation_set(&a->color, r->color);
	failed |= annotation_set_name(&a->speaker, r->speaker);
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

int cmd_annotate(int argc, char **argv)
{
	const struct cmd_entry *verb = cmd_find("annotate");
	struct request r;
	struct article *article;
	struct store *store;
	int status;

	memset(&r, 0, sizeof r);
	cmd_common_init(&r.common);
	status = parse(&r, argc, argv);
	if (status != 0) {
		free(r.tags);
		return status > 0 ? cmd_help(verb) : cmd_usage_error(verb);
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
