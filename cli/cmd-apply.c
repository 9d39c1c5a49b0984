/*
 * cmd-apply.c - `tanda apply FILE [-o OUT] [--date YYYY-MM-DD]`: publish
 * the article's accepted corrections.  Its text with them made and a
 * dated correction notice (src/apply.c) go to standard output or, with
 * -o, whole into OUT; once that is written, the corrections are marked
 * published, in the one transaction that also recorded the article, so
 * that a failure anywhere marks none.
 */
#include <assert.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "apply.h"
#include "cmd.h"
#include "open.h"
#include "outfile.h"
#include "store.h"

enum {
	OPT_DATE = CMD_OPT_FIRST_FREE,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	const char *out;		/* -o, or NULL for standard output */
	struct apply_notice notice;	/* dated --date, else today */
};

/* What is written: the article, its changes in text order, the notice. */
struct output {
	struct article *article;
	const struct apply_change *changes;
	size_t count;
	const struct apply_notice *notice;
};

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	if (key == 'o') {
		r->out = arg;
		return TANDA_OK;
	}
	assert(key == OPT_DATE);
	if (apply_parse_date(arg, &r->notice.date) != 0)
		return tanda_fail(why, TANDA_EUSAGE, "expected a date as YYYY-MM-DD, not \"%s\"",
				  arg);
	return TANDA_OK;
}

/* Parse the command line into r (its defaults first: the notice dated
 * today); returns CMD_CONTINUE (the FILE is argv[optind]) or the exit
 * status. */
static int parse(struct request *r, int argc, char **argv)
{
	int status;

	*r = (struct request){ .out = NULL };
	cmd_common_init(&r->common);
	apply_today(&r->notice.date);
	status = cmd_parse(&cmd_apply_entry, argc, argv, &r->common, NULL, r);
	if (status == CMD_CONTINUE && optind != argc - 1)
		return cmd_usage_error(&cmd_apply_entry);
	return status;
}

/* Copy the accepted corrections of article into acc, in text order;
 * returns the exit status. */
static int list_accepted(struct store *store, struct article *article,
			 struct store_annotations *acc)
{
	struct store_query q;
	struct tanda_error err;

	store_query_init(&q);
	q.article = article_sha256(article);
	q.kind = KIND_CORRECTION;
	q.status = correction_status_names[CORRECTION_ACCEPTED];
	if (store_annotation_collect(store, &q, acc, &err) != TANDA_OK)
		return cmd_fail(&err);
	return 0;
}

/* The words correction a was made on: what its anchor said before it was
 * carried over to a text where it is not exact, else its exact words. */
static const char *wrong_words(const struct annotation *a)
{
	return a->anchor.old_exact ? a->anchor.old_exact : a->anchor.exact;
}

/* Refuse the corrections whose anchor is fuzzy or orphaned, naming each:
 * the words they would change are uncertain; returns the exit status. */
static int refuse_uncertain(const struct article *article, const struct store_annotations *acc)
{
	size_t i, refused = 0;

	for (i = 0; i < acc->count; i++) {
		const struct annotation *a = &acc->items[i];

		if (a->anchor.state != ANCHOR_FUZZY && a->anchor.state != ANCHOR_ORPHAN)
			continue;
		cmd_error("%s: correction %s (paragraph %u, \"%s\"): its anchor is %s, so the "
			  "words it would change are uncertain", article->name, a->id,
			  (unsigned)a->anchor.paragraph, wrong_words(a),
			  anchor_state_names[a->anchor.state]);
		refused++;
	}
	if (refused == 0)
		return 0;
	cmd_error("%s: nothing applied: confirm or re-anchor %s in the reader, or reject %s",
		  article->name, refused == 1 ? "that correction" : "those corrections",
		  refused == 1 ? "it" : "them");
	return EX_DATAERR;
}

/* Describe the accepted corrections as changes[count] (same order). */
static void make_changes(const struct store_annotations *acc, struct apply_change *changes)
{
	size_t i;

	for (i = 0; i < acc->count; i++) {
		const struct annotation *a = &acc->items[i];

		changes[i].id = a->id;
		changes[i].start = a->anchor.start;
		changes[i].end = a->anchor.end;
		changes[i].paragraph = a->anchor.paragraph;
		changes[i].wrong = wrong_words(a);
		changes[i].right = a->replacement;
		changes[i].in_text = a->anchor.state == ANCHOR_RESOLVED;
	}
}

/* Write the output into out (outfile_fill_fn). */
static enum tanda_status fill_output(void *context, FILE *out, const char *name, int synced,
				     struct tanda_error *err)
{
	const struct output *o = context;

	(void)synced;
	return apply_write(o->article, o->changes, o->count, o->notice, out, name, err);
}

/* Write the output to standard output or, with -o, whole into its file;
 * returns the exit status. */
static int write_output(const struct request *r, struct output *o)
{
	struct tanda_error err;

	if (r->out != NULL)
		return outfile_write(r->out, fill_output, o, &err) == TANDA_OK ? 0 : cmd_fail(&err);
	if (fill_output(o, stdout, "standard output", 0, &err) != TANDA_OK)
		return cmd_fail(&err);
	return cmd_finish_output(stdout);
}

/* Mark the corrections published, their changes made by the author of
 * this command; returns the exit status. */
static int mark_published(const struct request *r, struct store *store,
			  struct store_annotations *acc)
{
	struct tanda_error err;
	char author[256];
	size_t i;

	if (store_set_actor(store, cmd_author(&r->common, author, sizeof author), &err) != TANDA_OK)
		return cmd_fail(&err);
	for (i = 0; i < acc->count; i++) {
		acc->items[i].correction_status = CORRECTION_PUBLISHED;
		if (store_annotation_update(store, &acc->items[i], &err) != TANDA_OK)
			return cmd_fail(&err);
	}
	return 0;
}

/* Check the changes and write the output; returns the exit status. */
static int publish(const struct request *r, struct article *article,
		   const struct store_annotations *acc)
{
	struct output o = { .article = article, .changes = NULL, .count = acc->count,
			    .notice = &r->notice };
	struct apply_change *changes = calloc(acc->count ? acc->count : 1, sizeof *changes);
	struct tanda_error err;
	int status = 0;

	if (changes == NULL) {
		cmd_error("out of memory");
		return EX_OSERR;
	}
	make_changes(acc, changes);
	o.changes = changes;
	if (apply_check(article, changes, acc->count, &err) != TANDA_OK) {
		cmd_error("%s; nothing applied", err.message);
		status = tanda_exit_status(err.status);
	}
	if (status == 0 && acc->count == 0)
		cmd_error("%s: no accepted corrections", article->name);
	if (status == 0)
		status = write_output(r, &o);
	free(changes);
	return status;
}

/* Once the output is written, mark the corrections published and commit,
 * or keep nothing; returns the exit status. */
static int settle(const struct request *r, struct store *store, const struct article *article,
		  struct store_annotations *acc)
{
	struct tanda_error err;
	int status = acc->count > 0 ? mark_published(r, store, acc) : 0;

	if (status != 0)
		store_rollback(store);
	else if (store_commit(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status != 0 && acc->count > 0)
		cmd_error("%s: the output was written, but no correction was marked published",
			  article->name);
	return status;
}

/* Publish the accepted corrections of article, in the transaction that
 * cmd_open_article opened; returns the exit status. */
static int apply(const struct request *r, struct article *article, struct store *store)
{
	struct store_annotations acc;
	int status = list_accepted(store, article, &acc);

	if (status == 0)
		status = refuse_uncertain(article, &acc);
	if (status == 0)
		status = publish(r, article, &acc);
	if (status == 0)
		status = settle(r, store, article, &acc);
	else
		store_rollback(store);
	if (status == 0 && acc.count > 0)
		cmd_error("%s: %zu correction%s applied and marked published", article->name,
			  acc.count, acc.count == 1 ? "" : "s");
	store_annotations_free(&acc);
	return status;
}

/* Run `tanda apply`. */
static int run(int argc, char **argv)
{
	struct request r;
	struct article *article;
	struct store *store;
	int status = parse(&r, argc, argv);

	if (status != CMD_CONTINUE)
		return status;
	if ((status = cmd_open_article(argv[optind], &r.common, 1, &article, &store)) != 0)
		return status;
	r.notice.language = apply_language_of(article->meta.language);
	status = apply(&r, article, store);
	store_close(store);
	article_free(article);
	return status;
}

/* The options of apply. */
static const struct cmd_option verb_options[] = {
	{ .name = "output", .key = 'o', .arg = "OUT",
	  .help = "write to OUT (atomically), not standard output" },
	{ .name = "date", .key = OPT_DATE, .arg = "YYYY-MM-DD",
	  .help = "the notice's date (default: today, UTC)" },
	{ .name = NULL },
};

const struct cmd_entry cmd_apply_entry = {
	.name = "apply",
	.alias = NULL,
	.usage = "tanda apply FILE [-o OUT] [--date YYYY-MM-DD]",
	.summary = "Publish the accepted corrections: the corrected text and a dated notice",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
