/*
 * cmd-check.c - `tanda check FILE...`: find date and name errors and print
 * them as compilers print errors, FILE:LINE:COLUMN: KIND: message (or as
 * YAML); with --save, store each as a proposed correction.  The people
 * sheet (tanda-people(5)) comes from $XDG_CONFIG_HOME/tanda/people.yaml
 * when there is one, and from --people FILE.
 */
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
#include "people-sheet.h"
#include "store.h"
#include "strbuf.h"
#include "yamltext.h"

/* Who proposes the corrections --save stores. */
#define CHECK_AUTHOR "tanda-check"

enum {
	OPT_FORMAT = CMD_OPT_FIRST_FREE,
	OPT_SAVE,
	OPT_VERBOSE,
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

/* Parse the command line into r; -1 for a usage error, 1 for --help. */
static int parse(struct request *r, int argc, char **argv)
{
	static const struct option long_options[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "save", no_argument, NULL, OPT_SAVE },
		{ "verbose", no_argument, NULL, OPT_VERBOSE },
		{ "published", required_argument, NULL, OPT_PUBLISHED },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "people", required_argument, NULL, OPT_PEOPLE },
		CMD_COMMON_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	while ((opt = getopt_long(argc, argv, "hv", long_options, NULL)) != -1) {
		int used = cmd_common_option(opt, optarg, &r->common);

		if (used < 0)
			return -1;
		if (used)
			continue;
		if (opt == 'h')
			return 1;
		if (opt == OPT_FORMAT && (strcmp(optarg, "text") == 0 || strcmp(optarg, "yaml") == 0))
			r->yaml = optarg[0] == 'y';
		else if (opt == OPT_SAVE)
			r->save = 1;
		else if (opt == OPT_VERBOSE || opt == 'v')
			r->verbose = 1;
		else if (opt == OPT_PUBLISHED && frontmatter_is_iso_date(optarg) && strlen(optarg) == 10)
			r->check.published = optarg;
		else if (opt == OPT_LANG && (strcmp(optarg, "id") == 0 || strcmp(optarg, "en") == 0))
			r->check.language = optarg;
		else if (opt == OPT_PEOPLE && optarg[0] != '\0')
			r->people_path = optarg;
		else {
			cmd_error("%s: not a value this option takes", optarg ? optarg : "?");
			return -1;
		}
	}
	return optind < argc ? 0 : -1;
}

/* Run both checks on article into found (sorted); 0 on success. */
static int run_checks(const struct request *r, const struct article *article,
		      struct findings *found)
{
	struct tanda_error err;

	if (check_dates(article, &r->check, found, &err) != TANDA_OK ||
	    check_names(article, &r->check, found, &err) != TANDA_OK) {
		cmd_error("%s", err.message);
		return -1;
	}
	findings_sort(found);
	return 0;
}

/* The words at place p of article, as a new string (NULL: out of memory). */
static char *place_text(const struct article *article, const struct finding_place *p)
{
	return strndup(article->text + p->start, p->end - p->start);
}

/* Print finding f of article as text lines. */
static void print_text(const struct article *article, const struct finding *f)
{
	struct position at;
	size_t i;

	article_file_position(article, f->start, &at.line, &at.column);
	printf("%s:%u:%u: %s: %s%s", article->name, at.line, at.column, finding_kind_name(f->kind),
	       f->info ? "(info) " : "", f->message);
	if (f->replacement != NULL)
		printf("; suggested: \"%s\"", f->replacement);
	for (i = 1; i < f->nplaces; i++) {
		struct position p;
		char *text = place_text(article, &f->places[i]);

		article_file_position(article, f->places[i].start, &p.line, &p.column);
		printf("%s\"%s\" at %u:%u", i == 1 ? "; see " : ", ", text ? text : "", p.line,
		       p.column);
		free(text);
	}
	putchar('\n');
}

/* Emit place p of article as a mapping: line, column, text. */
static int emit_place(yaml_emitter_t *e, const struct article *article,
		      const struct finding_place *p)
{
	struct position at;
	char *text = place_text(article, p);
	int ok;

	article_file_position(article, p->start, &at.line, &at.column);
	ok = text != NULL && yamltext_mapping(e, 0) && yamltext_number_pair(e, "line", at.line) &&
	     yamltext_number_pair(e, "column", at.column) && yamltext_pair(e, "text", text) &&
	     yamltext_mapping(e, 1);
	free(text);
	return ok;
}

/* Emit finding f of article as one mapping of the findings sequence. */
static int emit_finding(yaml_emitter_t *e, const struct article *article, const struct finding *f)
{
	struct position at;
	size_t i;
	int ok;

	article_file_position(article, f->start, &at.line, &at.column);
	ok = yamltext_mapping(e, 0) && yamltext_pair(e, "file", article->name) &&
	     yamltext_number_pair(e, "line", at.line) && yamltext_number_pair(e, "column", at.column) &&
	     yamltext_pair(e, "kind", finding_kind_name(f->kind)) &&
	     yamltext_typed_pair(e, "info", f->info ? "true" : "false") &&
	     yamltext_pair(e, "message", f->message) &&
	     yamltext_pair(e, "replacement", f->replacement) &&
	     yamltext_emit_typed(e, "places") && yamltext_sequence(e, 0);
	for (i = 0; ok && i < f->nplaces; i++)
		ok = emit_place(e, article, &f->places[i]);
	return ok && yamltext_sequence(e, 1) && yamltext_mapping(e, 1);
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

/* Fill a as the proposed correction of finding f; 0 on success. */
static int correction_of(struct article *article, const struct finding *f, struct annotation *a,
			 struct tanda_error *err)
{
	annotation_init(a);
	a->kind = KIND_CORRECTION;
	a->correction_status = CORRECTION_PROPOSED;
	a->correction_kind = f->kind == FINDING_DATE  ? CORRECTION_DATE :
			     f->kind == FINDING_TITLE ? CORRECTION_TITLE : CORRECTION_NAME;
	memcpy(a->article, article_sha256(article), sizeof a->article);
	if (anchor_make(article, f->start, f->end, &a->anchor, err) != TANDA_OK)
		return -1;
	if (annotation_set(&a->replacement, f->replacement) != 0 ||
	    annotation_set(&a->note, f->message) != 0 || annotation_set(&a->author, CHECK_AUTHOR) != 0) {
		tanda_fail(err, TANDA_ENOMEM, "out of memory");
		return -1;
	}
	return 0;
}

/* Store the shown findings of article not yet proposed, in the open
 * transaction of store; the number saved, or -1 (err says why). */
static long save_findings(const struct request *r, struct article *article, struct store *store,
			  const struct findings *found, struct tanda_error *err)
{
	struct proposed known = { NULL, 0, 0 };
	struct store_query query;
	long saved = 0;
	size_t i;

	store_query_init(&query);
	query.article = article_sha256(article);
	query.kind = KIND_CORRECTION;
	query.author = CHECK_AUTHOR;
	query.include_deleted = 1;	/* a rejected-and-deleted finding stays decided */
	if (store_annotation_list(store, &query, keep_proposed, &known, err) != TANDA_OK)
		saved = -1;
	for (i = 0; saved >= 0 && i < found->count; i++) {
		struct annotation a;

		if (found->items[i].info || !shown(r, &found->items[i]))
			continue;
		if (correction_of(article, &found->items[i], &a, err) != 0)
			saved = -1;
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
	long saved;
	int status = cmd_open_article(path, &r->common, 1, &article, &store);

	if (status != 0)
		return status;
	if (store_set_actor(store, CHECK_AUTHOR, &err) != TANDA_OK ||
	    (saved = save_findings(r, article, store, found, &err)) < 0 ||
	    store_commit(store, &err) != TANDA_OK) {
		store_rollback(store);
		status = cmd_fail(&err);
	} else {
		fprintf(stderr, "tanda: %s: %ld new proposed correction%s saved\n", article->name,
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
	int status = cmd_load_article(path, &r->common.article, &article);

	if (status != 0)
		return status;
	findings_init(&found);
	if (run_checks(r, article, &found) != 0)
		status = EX_SOFTWARE;
	for (i = 0; status == 0 && i < found.count; i++) {
		if (!shown(r, &found.items[i]))
			continue;
		if (e != NULL && !emit_finding(e, article, &found.items[i]))
			status = EX_IOERR;
		else if (e == NULL)
			print_text(article, &found.items[i]);
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
	int ok = !r->yaml || yamltext_start(&emitter, stdout, 1);

	for (i = first; ok && i < argc; i++) {
		status = check_file(r, argv[i], r->yaml ? &emitter : NULL);
		if (status > 1 && worst <= 1)
			worst = status;
		else if (status == 1 && worst == 0)
			worst = 1;
	}
	if (r->yaml && !yamltext_finish(&emitter, 1) && worst <= 1) {
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

int cmd_check(int argc, char **argv)
{
	const struct cmd_entry *verb = cmd_find("check");
	struct request r;
	int status;

	memset(&r, 0, sizeof r);
	cmd_common_init(&r.common);
	r.common.article.keep_source = 1;	/* positions are in the file */
	status = parse(&r, argc, argv);
	if (status != 0)
		return status > 0 ? cmd_help(verb) : cmd_usage_error(verb);
	status = read_sheets(&r);
	r.check.dictionary = dictionary_new();	/* shared: loaded once for every file */
	if (status == 0)
		status = check_files(&r, optind, argc, argv);
	dictionary_free(r.check.dictionary);
	people_release(&r.people);
	return status;
}
