/*
 * cmd-check.c - `tanda check FILE...`: find date and name errors and print
 * them as compilers print errors, FILE:LINE:COLUMN: KIND: message (or as
 * YAML); with --save, store each as a proposed correction.  The people
 * sheet (tanda-people(5)) comes from $XDG_CONFIG_HOME/tanda/people.yaml
 * when there is one, and from --people FILE.
 */
#include <assert.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include <yaml.h>

#include "anchor.h"
#include "check.h"
#include "cmd.h"
#include "dictionary.h"
#include "grow.h"
#include "open.h"
#include "people-sheet.h"
#include "print.h"
#include "strbuf.h"
#include "store.h"
#include "yamltext.h"

/* The tag of the corrections --save stores: proposed by the user who ran
 * the check (so that they travel in that user's own set, with the
 * decisions on them), found by tanda check. */
#define CHECK_TAG "tanda-check"

enum {
	OPT_FORMAT = CMD_OPT_FIRST_FREE,
	OPT_SAVE,
	OPT_PUBLISHED,
	OPT_LANG,
	OPT_PEOPLE,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	struct check_options check;
	int yaml, save, verbose;
	const char *people_path;	/* --people FILE, or NULL */
	struct people people;		/* the sheets read */
};

/* One finding's place in the file. */
struct position {
	uint32_t line, column;
};

/* Whether text is one of the two words a and b. */
static int one_of(const char *text, const char *a, const char *b)
{
	return strcmp(text, a) == 0 || strcmp(text, b) == 0;
}

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	switch (key) {
	case OPT_FORMAT:
		if (!one_of(arg, "text", "yaml"))
			return tanda_fail(why, TANDA_EUSAGE, "expected text or yaml, not \"%s\"", arg);
		r->yaml = arg[0] == 'y';
		return TANDA_OK;
	case OPT_SAVE:
		r->save = 1;
		return TANDA_OK;
	case 'v':
		r->verbose = 1;
		return TANDA_OK;
	case OPT_PUBLISHED:
		if (!frontmatter_is_iso_date(arg) || strlen(arg) != 10)
			return tanda_fail(why, TANDA_EUSAGE,
					  "expected a date as YYYY-MM-DD, not \"%s\"", arg);
		r->check.published = arg;
		return TANDA_OK;
	case OPT_LANG:
		if (!one_of(arg, "id", "en"))
			return tanda_fail(why, TANDA_EUSAGE, "expected id or en, not \"%s\"", arg);
		r->check.language = arg;
		return TANDA_OK;
	default:
		assert(key == OPT_PEOPLE);
		if (arg[0] == '\0')
			return tanda_fail(why, TANDA_EUSAGE, "expected a file name");
		r->people_path = arg;
		return TANDA_OK;
	}
}

/* Run both checks on article into found (sorted). */
static enum tanda_status run_checks(const struct request *r, const struct article *article,
				    struct findings *found, struct tanda_error *err)
{
	enum tanda_status status = check_dates(article, &r->check, found, err);

	if (status == TANDA_OK)
		status = check_names(article, &r->check, found, err);
	if (status == TANDA_OK)
		findings_sort(found);
	return status;
}

/* The words at place p of article, as a new string (NULL: out of memory). */
static char *place_text(const struct article *article, const struct finding_place *p)
{
	return strndup(article->text + p->start, p->end - p->start);
}

/* Print finding f of article as a text line (words from the article
 * escaped, print_text). */
static void print_finding(const struct article *article, const struct finding *f)
{
	struct position at;
	size_t i;

	article_file_position(article, f->start, &at.line, &at.column);
	print_text(stdout, "%s:%u:%u: %s: %s%s", article->name, at.line, at.column,
		   finding_kind_name(f->kind), f->info ? "(info) " : "", f->message);
	if (f->replacement != NULL)
		print_text(stdout, "; suggested: \"%s\"", f->replacement);
	for (i = 1; i < f->nplaces; i++) {
		struct position p;
		char *text = place_text(article, &f->places[i]);

		article_file_position(article, f->places[i].start, &p.line, &p.column);
		print_text(stdout, "%s\"%s\" at %u:%u", i == 1 ? "; see " : ", ", text ? text : "",
			   p.line, p.column);
		free(text);
	}
	putchar('\n');
}

/* A place's line and column as text, for YAML. */
struct place_numbers {
	char line[16], column[16];
};

/* Write where byte start of article is into n. */
static void place_numbers(const struct article *article, size_t start, struct place_numbers *n)
{
	struct position at;
	struct strbuf sb;

	article_file_position(article, start, &at.line, &at.column);
	strbuf_init_fixed(&sb, n->line, sizeof n->line);
	strbuf_addf(&sb, "%u", at.line);
	strbuf_init_fixed(&sb, n->column, sizeof n->column);
	strbuf_addf(&sb, "%u", at.column);
}

/* Emit place p of article as a mapping: line, column, text. */
static enum tanda_status emit_place(yaml_emitter_t *e, const struct article *article,
				    const struct finding_place *p)
{
	struct place_numbers n;
	char *text = place_text(article, p);
	enum tanda_status status = text != NULL ? yamltext_mapping(e, 0) : TANDA_ENOMEM;

	place_numbers(article, p->start, &n);
	if (status == TANDA_OK) {
		const struct yamltext_pair pairs[] = {
			{ .key = "line", .value = n.line, .typed = 1 },
			{ .key = "column", .value = n.column, .typed = 1 },
			{ .key = "text", .value = text, .typed = 0 },
		};

		status = yamltext_pairs(e, pairs, sizeof pairs / sizeof pairs[0]);
	}
	if (status == TANDA_OK)
		status = yamltext_mapping(e, 1);
	free(text);
	return status;
}

/* Emit the pairs of finding f of article, up to its places. */
static enum tanda_status emit_finding_pairs(yaml_emitter_t *e, const struct article *article,
					    const struct finding *f)
{
	struct place_numbers n;
	const struct yamltext_pair pairs[] = {
		{ .key = "file", .value = article->name, .typed = 0 },
		{ .key = "line", .value = n.line, .typed = 1 },
		{ .key = "column", .value = n.column, .typed = 1 },
		{ .key = "kind", .value = finding_kind_name(f->kind), .typed = 0 },
		{ .key = "info", .value = f->info ? "true" : "false", .typed = 1 },
		{ .key = "message", .value = f->message, .typed = 0 },
		{ .key = "replacement", .value = f->replacement, .typed = 0 },
	};

	place_numbers(article, f->start, &n);
	return yamltext_pairs(e, pairs, sizeof pairs / sizeof pairs[0]);
}

/* Emit finding f of article as one mapping of the findings sequence. */
static enum tanda_status emit_finding(yaml_emitter_t *e, const struct article *article,
				      const struct finding *f)
{
	enum tanda_status status = yamltext_mapping(e, 0);
	size_t i;

	if (status == TANDA_OK)
		status = emit_finding_pairs(e, article, f);
	if (status == TANDA_OK)
		status = yamltext_emit_typed(e, "places");
	if (status == TANDA_OK)
		status = yamltext_sequence(e, 0);
	for (i = 0; status == TANDA_OK && i < f->nplaces; i++)
		status = emit_place(e, article, &f->places[i]);
	if (status == TANDA_OK)
		status = yamltext_sequence(e, 1);
	return status == TANDA_OK ? yamltext_mapping(e, 1) : status;
}

/* Whether finding f is shown (information only with --verbose). */
static int shown(const struct request *r, const struct finding *f)
{
	return !f->info || r->verbose;
}

/* The stored corrections tanda check proposed on one article, to save
 * each finding once. */
struct proposed {
	struct annotation *items;
	size_t count, alloc;
};

/* store_visit_fn: keep a copy of each correction listed. */
static int keep_proposed(void *context, const struct annotation *a)
{
	struct proposed *p = context;

	if (GROW(p->items, p->alloc, p->count + 1) != 0)
		return 1;
	annotation_init(&p->items[p->count]);
	if (annotation_copy(&p->items[p->count], a) == 0)
		p->count++;
	return 0;
}

/* Whether a stored correction is already on the anchor a. */
static int already_proposed(const struct proposed *p, const struct annotation *a)
{
	size_t i;

	for (i = 0; i < p->count; i++)
		if (p->items[i].anchor.start == a->anchor.start &&
		    p->items[i].anchor.end == a->anchor.end)
			return 1;
	return 0;
}

/* Fill a as the proposed correction of finding f, by who. */
static enum tanda_status correction_of(struct article *article, const struct finding *f,
				       const char *who, struct annotation *a,
				       struct tanda_error *err)
{
	annotation_init(a);
	a->kind = KIND_CORRECTION;
	a->correction_status = CORRECTION_PROPOSED;
	a->correction_kind = f->kind == FINDING_DATE  ? CORRECTION_DATE :
			     f->kind == FINDING_TITLE ? CORRECTION_TITLE : CORRECTION_NAME;
	memcpy(a->article, article_sha256(article), sizeof a->article);
	if (anchor_make(article, f->start, f->end, &a->anchor, err) != TANDA_OK)
		return err->status;
	if (annotation_set(&a->replacement, f->replacement) != 0 ||
	    annotation_set(&a->note, f->message) != 0 || annotation_set(&a->author, who) != 0 ||
	    annotation_add_tag(a, CHECK_TAG) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	return TANDA_OK;
}

/* Store the shown findings of article not yet proposed (by anyone: a
 * colleague's arrive by sync), as who, in the open transaction of store,
 * skipping (and counting in *skipped) those whose words overlap a
 * correction already there; the number saved, or -1 (err says why). */
static long save_findings(const struct request *r, struct article *article, struct store *store,
			  const char *who, const struct findings *found, long *skipped,
			  struct tanda_error *err)
{
	struct proposed known = { .items = NULL, .count = 0, .alloc = 0 };
	struct store_query query;
	long saved = 0;
	size_t i;

	store_query_init(&query);
	query.article = article_sha256(article);
	query.kind = KIND_CORRECTION;
	query.tag = CHECK_TAG;
	query.include_deleted = 1;	/* a rejected-and-deleted finding stays decided */
	if (store_annotation_list(store, &query, keep_proposed, &known, err) != TANDA_OK)
		saved = -1;
	for (i = 0; saved >= 0 && i < found->count; i++) {
		struct annotation a;
		int overlaps = 0;

		if (found->items[i].info || !shown(r, &found->items[i]))
			continue;
		if (correction_of(article, &found->items[i], who, &a, err) != TANDA_OK ||
		    store_correction_overlapping(store, a.article, a.anchor.start, a.anchor.end, NULL,
						 CORRECTION_STATUS_NONE, NULL, &overlaps, err) != TANDA_OK)
			saved = -1;
		else if (overlaps && !already_proposed(&known, &a))
			++*skipped;
		else if (!already_proposed(&known, &a))
			saved = store_annotation_insert(store, &a, err) == TANDA_OK ? saved + 1 : -1;
		annotation_clear(&a);
	}
	for (i = 0; i < known.count; i++)
		annotation_clear(&known.items[i]);
	free(known.items);
	return saved;
}

/* Save the findings of the file path into the store; the exit status. */
static int save(struct request *r, const char *path, const struct findings *found)
{
	struct article *article;
	struct store *store;
	struct tanda_error err;
	long saved, skipped = 0;
	char author[256];
	const char *who = cmd_author(&r->common, author, sizeof author);
	int status = cmd_open_article(path, &r->common, 1, &article, &store);

	if (status != 0)
		return status;
	if (store_set_actor(store, who, &err) != TANDA_OK ||
	    (saved = save_findings(r, article, store, who, found, &skipped, &err)) < 0 ||
	    store_commit(store, &err) != TANDA_OK) {
		store_rollback(store);
		status = cmd_fail(&err);
	} else {
		if (skipped > 0)
			cmd_error("%s: %ld new proposed correction%s saved; %ld skipped: their "
				  "words overlap corrections already recorded", article->name,
				  saved, saved == 1 ? "" : "s", skipped);
		else
			cmd_error("%s: %ld new proposed correction%s saved", article->name,
				  saved, saved == 1 ? "" : "s");
	}
	store_close(store);
	article_free(article);
	return status;
}

/* Check the file path: print (or emit to e) its findings and save them
 * when asked; the exit status (1 when something was found). */
static int check_file(struct request *r, const char *path, yaml_emitter_t *e)
{
	struct article *article;
	struct findings found;
	size_t i, reported = 0;
	struct tanda_error err;
	int status = cmd_load_article(path, &r->common, &article);

	if (status != 0)
		return status;
	findings_init(&found);
	if (run_checks(r, article, &found, &err) != TANDA_OK)
		status = cmd_fail(&err);
	for (i = 0; status == 0 && i < found.count; i++) {
		if (!shown(r, &found.items[i]))
			continue;
		if (e != NULL && emit_finding(e, article, &found.items[i]) != TANDA_OK)
			status = EX_IOERR;
		else if (e == NULL)
			print_finding(article, &found.items[i]);
		reported += !found.items[i].info;
	}
	if (status == 0 && r->save)
		status = save(r, path, &found);
	findings_free(&found);
	article_free(article);
	return status != 0 ? status : reported > 0;
}

/* Check every file named from argv[first] on; the exit status: the first
 * failure's, else 1 when anything was found, else 0. */
static int check_files(struct request *r, int first, int argc, char **argv)
{
	yaml_emitter_t emitter;
	int i, status, worst = 0;
	int ok = !r->yaml || yamltext_start(&emitter, stdout, 1) == TANDA_OK;

	for (i = first; ok && i < argc; i++) {
		status = check_file(r, argv[i], r->yaml ? &emitter : NULL);
		if (status > 1 && worst <= 1)
			worst = status;
		else if (status == 1 && worst == 0)
			worst = 1;
	}
	if (r->yaml && yamltext_finish(&emitter, 1) != TANDA_OK && worst <= 1) {
		cmd_error("cannot write the findings");
		worst = EX_IOERR;
	}
	status = cmd_finish_output(stdout);
	return status != 0 ? status : worst;
}

/* The default people sheet's path into sb: $XDG_CONFIG_HOME/tanda/people.yaml,
 * else ~/.config/tanda/people.yaml; 0, or -1 when there is no home. */
static int default_sheet(struct strbuf *sb)
{
	const char *config = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (config != NULL && config[0] == '/')
		strbuf_addf(sb, "%s/tanda/people.yaml", config);
	else if (home != NULL && home[0] != '\0')
		strbuf_addf(sb, "%s/.config/tanda/people.yaml", home);
	else
		return -1;
	return strbuf_ok(sb) ? 0 : -1;
}

/* Read the people sheets into r: the default one when it is there, and
 * --people's; the exit status of a failure, else 0. */
static int read_sheets(struct request *r)
{
	struct strbuf path = STRBUF_INIT;
	struct tanda_error err;
	int status = 0;

	people_init(&r->people);
	if (default_sheet(&path) == 0 && access(strbuf_str(&path), F_OK) == 0 &&
	    people_sheet_read(strbuf_str(&path), &r->people, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status == 0 && r->people_path != NULL &&
	    people_sheet_read(r->people_path, &r->people, &err) != TANDA_OK)
		status = cmd_fail(&err);
	strbuf_release(&path);
	r->check.people = r->people.count > 0 ? &r->people : NULL;
	return status;
}

/* Run `tanda check`. */
static int run(int argc, char **argv)
{
	struct request r = { .yaml = 0, .save = 0, .verbose = 0 };
	int status;

	cmd_common_init(&r.common);
	r.common.article.keep_source = 1;	/* positions are in the file */
	status = cmd_parse(&cmd_check_entry, argc, argv, &r.common, NULL, &r);
	if (status != CMD_CONTINUE)
		return status;
	if (optind == argc)
		return cmd_usage_error(&cmd_check_entry);
	status = read_sheets(&r);
	r.check.dictionary = dictionary_new();	/* shared: loaded once for every file */
	if (status == 0)
		status = check_files(&r, optind, argc, argv);
	dictionary_free(r.check.dictionary);
	people_release(&r.people);
	return status;
}

/* The options of check. */
static const struct cmd_option verb_options[] = {
	{ .name = "format", .key = OPT_FORMAT, .arg = "text|yaml",
	  .help = "one line per finding (default), or YAML" },
	{ .name = "save", .key = OPT_SAVE, .arg = NULL,
	  .help = "store each finding as a proposed correction" },
	{ .name = "verbose", .key = 'v', .arg = NULL,
	  .help = "also information (a bare weekday resolved)" },
	{ .name = "published", .key = OPT_PUBLISHED, .arg = "DATE",
	  .help = "the publication date, YYYY-MM-DD" },
	{ .name = "lang", .key = OPT_LANG, .arg = "id|en",
	  .help = "read the article as Indonesian or English" },
	{ .name = "people", .key = OPT_PEOPLE, .arg = "FILE",
	  .help = "a people sheet (tanda-people(5)), besides the default one" },
	{ .name = NULL },
};

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.alias = NULL,
	.usage = "tanda check [--format text|yaml] [--save] [--verbose] [--published DATE] "
		 "[--lang id|en] [--people FILE] FILE...",
	.summary = "Find date, name and title errors; print them as FILE:LINE:COLUMN: KIND: message",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
