/*
 * cmd-apply.c - `tanda apply [--publish] [--diff] FILE [-o OUT]`: the
 * article's accepted corrections made in its file, with a dated correction
 * notice (src/apply.c).
 *
 * Without --publish it previews: the corrected article (or with --diff the
 * unified diff from the file to it) on standard output, and the store is
 * left as it was (the transaction that recorded the article is rolled
 * back).  With --publish it writes OUT whole (outfile.h: a temporary file,
 * synced, renamed) and only then commits the transaction in which the
 * corrections were marked published, with who, when and where to; a
 * failure at any step publishes nothing.
 */
#include <assert.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "apply.h"
#include "cmd.h"
#include "open.h"
#include "outfile.h"
#include "store.h"
#include "strbuf.h"
#include "zone.h"

enum {
	OPT_DATE = CMD_OPT_FIRST_FREE,
	OPT_PUBLISH,
	OPT_DIFF,
	OPT_TIMEZONE,
	OPT_REVIEWED_BY_OTHER,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	const char *out;		/* -o: where a publication goes */
	int publish, diff, dated;	/* --publish, --diff, --date given */
	int other;			/* --reviewed-by-other, or the setting */
	struct apply_notice notice;	/* dated --date, else today */
};

/* What is written: the article, its changes in text order, the notice. */
struct output {
	struct article *article;
	const struct apply_change *changes;
	size_t count;
	const struct apply_notice *notice;
	int diff;
};

/* Make the local zone name's (--timezone): TZ, checked first, since an
 * unknown name would be taken as UTC without a word. */
static enum tanda_status take_timezone(const char *name, struct tanda_error *why)
{
	if (!zone_is_known(name))
		return tanda_fail(why, TANDA_EUSAGE, "\"%s\" is not a time zone this system knows "
				  "(such as Asia/Jakarta, Asia/Makassar, Asia/Jayapura, UTC)", name);
	if (setenv("TZ", name, 1) != 0)
		return tanda_fail(why, TANDA_ENOMEM, "out of memory");
	tzset();
	return TANDA_OK;
}

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	switch (key) {
	case 'o':
		r->out = arg;
		return TANDA_OK;
	case OPT_PUBLISH:
		r->publish = 1;
		return TANDA_OK;
	case OPT_DIFF:
		r->diff = 1;
		return TANDA_OK;
	case OPT_TIMEZONE:
		return take_timezone(arg, why);
	case OPT_REVIEWED_BY_OTHER:
		r->other = 1;
		return TANDA_OK;
	default:
		assert(key == OPT_DATE);
		r->dated = 1;
		if (apply_parse_date(arg, &r->notice.date) == 0)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE, "expected a date as YYYY-MM-DD, not \"%s\"",
				  arg);
	}
}

/* Parse the command line into r; returns CMD_CONTINUE (the FILE is
 * argv[optind]) or the exit status.  The notice is dated today in the
 * local zone (--timezone's, once it is read) unless --date says. */
static int parse(struct request *r, int argc, char **argv)
{
	const struct cmd_entry *verb = &cmd_apply_entry;
	int status;
	const char *setting = getenv("TANDA_REVIEWED_BY_OTHER");

	*r = (struct request){ .out = NULL, .publish = 0, .diff = 0, .dated = 0,
			       .other = setting != NULL && strcmp(setting, "1") == 0 };
	cmd_common_init(&r->common);
	status = cmd_parse(verb, argc, argv, &r->common, NULL, r);
	if (status != CMD_CONTINUE)
		return status;
	if (r->publish && r->out == NULL)
		return cmd_option_error(verb, "--publish", "needs -o OUT, the file readers see");
	if (r->out != NULL && !r->publish)
		return cmd_option_error(verb, "-o", "writes only a publication: add --publish "
					"(a preview goes to standard output)");
	if (r->diff && r->publish)
		return cmd_option_error(verb, "--diff", "is a preview: leave out --publish");
	if (optind != argc - 1)
		return cmd_usage_error(verb);
	if (!r->dated)
		apply_today(&r->notice.date);
	r->common.article.keep_source = 1;	/* the output is the file's bytes, edited */
	return CMD_CONTINUE;
}

/* Copy the corrections of article with status into acc, in text order;
 * returns the exit status. */
static int list_corrections(struct store *store, struct article *article,
			    enum correction_status status, struct store_annotations *acc)
{
	struct store_query q;
	struct tanda_error err;

	store_query_init(&q);
	q.article = article_sha256(article);
	q.kind = KIND_CORRECTION;
	q.status = correction_status_names[status];
	if (store_annotation_collect(store, &q, acc, &err) != TANDA_OK)
		return cmd_fail(&err);
	return 0;
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
			  (unsigned)a->anchor.paragraph, annotation_wrong_words(a),
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

/* Why the accepted correction a may not be published (into why), or NULL:
 * no acceptance stands on its current version as a decision record (one
 * made here, or from its reviewer's own file), or, when other, the one
 * who accepted it proposed it. */
static const char *unreviewed(struct store *store, const struct annotation *a, int other,
			      char *why, size_t size, struct tanda_error *err)
{
	char reviewer[256];

	if (store_decision_accepted_by(store, a, reviewer, err) != TANDA_OK)
		return err->message;
	if (reviewer[0] == '\0')
		snprintf(why, size, "no acceptance of it is recorded as a reviewer's decision "
			 "(`tanda review %s --accept` records one)", a->id);
	else if (other && strcmp(reviewer, a->author) == 0)
		snprintf(why, size, "it was accepted by %s, who proposed it "
			 "(--reviewed-by-other: someone else must accept it)", reviewer);
	else
		return NULL;
	return why;
}

/* Refuse, naming each, the accepted corrections that unreviewed says may
 * not be published; returns the exit status. */
static int refuse_unreviewed(const struct article *article, struct store *store,
			     const struct store_annotations *acc, int other)
{
	struct tanda_error err;
	char why[512];
	const char *reason;
	size_t i, refused = 0;

	tanda_error_clear(&err);
	for (i = 0; i < acc->count; i++) {
		const struct annotation *a = &acc->items[i];

		if ((reason = unreviewed(store, a, other, why, sizeof why, &err)) == NULL)
			continue;
		cmd_error("%s: correction %s (paragraph %u, \"%s\"): %s", article->name, a->id,
			  (unsigned)a->anchor.paragraph, annotation_wrong_words(a), reason);
		refused++;
	}
	if (refused == 0)
		return 0;
	cmd_error("%s: nothing published", article->name);
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
		changes[i].wrong = annotation_wrong_words(a);
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
	if (o->diff)
		return apply_write_diff(o->article, o->changes, o->count, o->notice, out, name, err);
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

/* Where a publication goes, for the history: OUT made absolute into sb. */
static void place_of(const char *out, struct strbuf *sb)
{
	char cwd[PATH_MAX];

	if (out[0] != '/' && getcwd(cwd, sizeof cwd) != NULL)
		strbuf_addf(sb, "%s/", cwd);
	strbuf_addstr(sb, out);
}

/* Mark the corrections published by the author of this command, now, to
 * OUT, in the open transaction; returns the exit status. */
static int mark_published(const struct request *r, struct store *store,
			  struct store_annotations *acc)
{
	struct strbuf where = STRBUF_INIT;
	struct tanda_error err;
	char author[256];
	const char *who = cmd_author(&r->common, author, sizeof author);
	size_t i;
	int status = 0;

	place_of(r->out, &where);
	if (!strbuf_ok(&where)) {
		cmd_error("out of memory");
		status = EX_OSERR;
	}
	for (i = 0; i < acc->count && status == 0; i++)
		if (store_correction_publish(store, &acc->items[i], who, where.buf, &err) != TANDA_OK)
			status = cmd_fail(&err);
	strbuf_release(&where);
	return status;
}

/* Check the accepted corrections acc and describe them in *changes
 * (caller frees); returns the exit status. */
static int prepare(struct article *article, const struct store_annotations *acc,
		   struct apply_change **changes)
{
	struct tanda_error err;

	*changes = calloc(acc->count ? acc->count : 1, sizeof **changes);
	if (*changes == NULL) {
		cmd_error("out of memory");
		return EX_OSERR;
	}
	make_changes(acc, *changes);
	if (apply_check(article, *changes, acc->count, &err) != TANDA_OK) {
		cmd_error("%s; nothing applied", err.message);
		return tanda_exit_status(err.status);
	}
	return 0;
}

/* Refuse to publish an article with no accepted correction, saying how
 * many are published already; returns the exit status. */
static int nothing_to_publish(struct store *store, struct article *article)
{
	struct store_annotations done;
	int status = list_corrections(store, article, CORRECTION_PUBLISHED, &done);

	if (status == 0 && done.count == 0)
		cmd_error("%s: no accepted corrections to publish; nothing written", article->name);
	else if (status == 0)
		cmd_error("%s: no accepted corrections to publish (%zu published already; "
			  "`tanda review ID --unpublish --reason TEXT` takes one back); nothing "
			  "written", article->name, done.count);
	store_annotations_free(&done);
	return status ? status : EX_DATAERR;
}

/* Publish: the corrections marked in the open transaction, OUT written
 * whole, then the transaction committed; a failure before the commit
 * publishes nothing.  Returns the exit status. */
static int publish(const struct request *r, struct store *store, struct output *o,
		   struct store_annotations *acc)
{
	struct tanda_error err;
	int status = mark_published(r, store, acc);

	if (status == 0)
		status = write_output(r, o);
	if (status != 0) {
		store_rollback(store);
		cmd_error("%s: nothing published", o->article->name);
		return status;
	}
	if (store_commit(store, &err) != TANDA_OK) {
		status = cmd_fail(&err);
		cmd_error("%s: %s was written, but no correction was marked published",
			  o->article->name, r->out);
		return status;
	}
	cmd_error("%s: %zu correction%s published to %s", o->article->name, acc->count,
		  acc->count == 1 ? "" : "s", r->out);
	return 0;
}

/* Preview: the output on standard output, the store left as it was;
 * returns the exit status. */
static int preview(const struct request *r, struct store *store, struct output *o)
{
	int status = write_output(r, o);

	store_rollback(store);
	if (status == 0 && o->count == 0)
		cmd_error("%s: no accepted corrections", o->article->name);
	else if (status == 0)
		cmd_error("%s: a preview of %zu correction%s; nothing published (`tanda apply "
			  "--publish FILE -o OUT` publishes)", o->article->name, o->count,
			  o->count == 1 ? "" : "s");
	return status;
}

/* Preview or publish the accepted corrections of article, in the
 * transaction that cmd_open_article opened; returns the exit status. */
static int apply(const struct request *r, struct article *article, struct store *store)
{
	struct store_annotations acc;
	struct apply_change *changes = NULL;
	struct output o;
	int status = list_corrections(store, article, CORRECTION_ACCEPTED, &acc);

	if (status == 0)
		status = refuse_uncertain(article, &acc);
	if (status == 0 && r->publish && acc.count == 0)
		status = nothing_to_publish(store, article);
	if (status == 0 && r->publish)
		status = refuse_unreviewed(article, store, &acc, r->other);
	if (status == 0)
		status = prepare(article, &acc, &changes);
	if (status == 0) {
		o = (struct output){ .article = article, .changes = changes, .count = acc.count,
				     .notice = &r->notice, .diff = r->diff };
		status = r->publish ? publish(r, store, &o, &acc) : preview(r, store, &o);
	} else {
		store_rollback(store);
	}
	free(changes);
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
	{ .name = "publish", .key = OPT_PUBLISH, .arg = NULL,
	  .help = "publish to OUT and mark the corrections published" },
	{ .name = "output", .key = 'o', .arg = "OUT",
	  .help = "where --publish writes (atomically)" },
	{ .name = "diff", .key = OPT_DIFF, .arg = NULL,
	  .help = "preview as a unified diff of FILE" },
	{ .name = "date", .key = OPT_DATE, .arg = "YYYY-MM-DD",
	  .help = "the notice's date (default: today, local time)" },
	{ .name = "timezone", .key = OPT_TIMEZONE, .arg = "ZONE",
	  .help = "the zone of today's date (default: TZ)" },
	{ .name = "reviewed-by-other", .key = OPT_REVIEWED_BY_OTHER, .arg = NULL,
	  .help = "publish only corrections accepted by someone other than their proposer" },
	{ .name = NULL },
};

const struct cmd_entry cmd_apply_entry = {
	.name = "apply",
	.alias = NULL,
	.usage = "tanda apply [--diff] FILE\n"
		 "       tanda apply --publish FILE -o OUT [--date YYYY-MM-DD] [--timezone ZONE]\n"
		 "                   [--reviewed-by-other]",
	.summary = "Preview the accepted corrections, or publish them with a dated notice",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
