/*
 * cmd-review.c - `tanda review`: the review of corrections from the
 * command line.  `tanda review [FILE]` lists the proposed corrections (of
 * FILE, or of every article) as `tanda list` does; `tanda review ID
 * --accept | --reject [--reason TEXT] | --replace TEXT | --unpublish
 * --reason TEXT` decides one, through the store's decisions
 * (store_correction_*), so that the history says who, when and why, and
 * an accept over an accepted correction of the same words is refused.  A
 * reviewer's replacement (with --accept, or alone: proposed again) is
 * carried in the decision; only the author's own is an edit.
 */
#include <assert.h>
#include <getopt.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "listing.h"
#include "open.h"
#include "store.h"
#include "strbuf.h"

enum {
	OPT_ACCEPT = CMD_OPT_FIRST_FREE,
	OPT_REJECT,
	OPT_UNPUBLISH,
	OPT_REPLACE,
	OPT_REASON,
};

/* The decisions, as the command line names them. */
enum decision {
	DECIDE_NONE,		/* list */
	DECIDE_ACCEPT,
	DECIDE_REJECT,
	DECIDE_UNPUBLISH,
	DECIDE_REPLACE,		/* --replace alone: the replacement edited */
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	enum decision decision;
	int decisions;			/* how many of --accept, --reject, --unpublish */
	const char *replace, *reason;
};

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	static const enum decision decisions[] = {
		[OPT_ACCEPT - OPT_ACCEPT] = DECIDE_ACCEPT,
		[OPT_REJECT - OPT_ACCEPT] = DECIDE_REJECT,
		[OPT_UNPUBLISH - OPT_ACCEPT] = DECIDE_UNPUBLISH,
	};
	struct request *r = request;

	if (key == OPT_REPLACE) {
		if (strpbrk(arg, "\r\n") != NULL)
			return tanda_fail(why, TANDA_EUSAGE, "a replacement is one line");
		r->replace = arg;
	} else if (key == OPT_REASON) {
		r->reason = arg;
	} else {
		assert(key >= OPT_ACCEPT && key <= OPT_UNPUBLISH);
		r->decision = decisions[key - OPT_ACCEPT];
		r->decisions++;
	}
	return TANDA_OK;
}

/* Check that the options go together: one decision at most, --replace
 * alone or with --accept, --reason with --reject or --unpublish (which
 * needs it); returns CMD_CONTINUE or the exit status. */
static int check_options(struct request *r, int operands)
{
	const struct cmd_entry *verb = &cmd_review_entry;

	if (r->decisions > 1)
		return cmd_option_error(verb, "--accept", "one of --accept, --reject and "
					"--unpublish at a time");
	if (r->replace != NULL && r->decision == DECIDE_NONE)
		r->decision = DECIDE_REPLACE;
	if (r->replace != NULL && r->decision != DECIDE_ACCEPT && r->decision != DECIDE_REPLACE)
		return cmd_option_error(verb, "--replace", "goes alone or with --accept");
	if (r->reason != NULL && r->decision != DECIDE_REJECT && r->decision != DECIDE_UNPUBLISH)
		return cmd_option_error(verb, "--reason", "is for --reject and --unpublish");
	if (r->decision == DECIDE_UNPUBLISH && (r->reason == NULL || r->reason[0] == '\0'))
		return cmd_option_error(verb, "--unpublish", "needs --reason TEXT: say why");
	if (operands > 1 || (r->decision != DECIDE_NONE && operands != 1))
		return cmd_usage_error(verb);
	return CMD_CONTINUE;
}

/* List the proposed corrections of the article at path (NULL: of every
 * article); returns the exit status. */
static int list_proposed(const struct cmd_common *common, const char *path)
{
	struct article *article = NULL;
	struct store *store;
	struct store_query q;
	struct tanda_error err;
	struct listing l;
	char user[256];
	int status = path ? cmd_open_article(path, common, 0, &article, &store) :
			    cmd_open_store(common, &store);

	if (status != 0)
		return status;
	store_query_init(&q);
	q.article = article ? article_sha256(article) : NULL;
	q.kind = KIND_CORRECTION;
	q.status = correction_status_names[CORRECTION_PROPOSED];
	q.hidden_for = cmd_user(common, user, sizeof user);	/* what the user dismissed */
	status = listing_start(&l, store, stdout);
	if (status == 0 && store_annotation_list(store, &q, listing_row, &l, &err) != TANDA_OK)
		status = cmd_fail(&err);
	store_close(store);
	article_free(article);
	return status ? status : cmd_finish_output(stdout);
}

int cmd_review_offer_reject(const struct annotation *other)
{
	cmd_error("to reject the accepted one instead: tanda review %s --reject --reason TEXT",
		  other->id);
	return EX_DATAERR;
}

/* Give correction a the replacement text, as who: its author's edit, or a
 * reviewer's decision that proposes it again with the reviewer's words
 * (which travels in the reviewer's own set); TANDA_OK or why not. */
static enum tanda_status replace(struct store *store, struct annotation *a, const char *text,
				 const char *who, struct tanda_error *err)
{
	if (a->kind == KIND_CORRECTION && strcmp(who, a->author) != 0)
		return store_correction_reopen(store, a, who, NULL, text, err);
	if (a->kind != KIND_CORRECTION)
		return tanda_fail(err, TANDA_EDATA, "%s is a %s, not a correction", a->id,
				  annotation_kind_names[a->kind]);
	if (a->correction_status == CORRECTION_PUBLISHED)
		return tanda_fail(err, TANDA_EDATA, "correction %s (\"%s\") is published: take it "
				  "back (--unpublish) before changing it", a->id, a->anchor.exact);
	if (annotation_set(&a->replacement, text) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	if (store_set_actor(store, who, err) != TANDA_OK)
		return err->status;
	return store_annotation_update(store, a, err);
}

/* What a decision leaves to say once it is committed. */
struct decided {
	const struct request *request;
	char id[ANNOTATION_ID_SIZE];
	char words[128];
};

/* Make the decision the request asks for on a as the author of this
 * command, keeping what to say in context (a struct decided; a
 * cmd_change_fn). */
static int decide(void *context, struct store *store, struct annotation *a)
{
	struct decided *d = context;
	const struct request *r = d->request;
	struct strbuf words;
	struct annotation other;
	struct tanda_error err;
	char author[256];
	const char *who = cmd_author(&r->common, author, sizeof author);
	enum tanda_status status;
	int rc;

	annotation_init(&other);
	if (r->decision == DECIDE_ACCEPT && r->replace != NULL &&
	    annotation_set(&a->replacement, r->replace) != 0)
		status = tanda_fail(&err, TANDA_ENOMEM, "out of memory");
	else if (r->decision == DECIDE_ACCEPT)
		status = store_correction_accept(store, a, who, &other, &err);
	else if (r->decision == DECIDE_REJECT)
		status = store_correction_reject(store, a, who, r->reason, &err);
	else if (r->decision == DECIDE_UNPUBLISH)
		status = store_correction_unpublish(store, a, who, r->reason, &err);
	else
		status = replace(store, a, r->replace, who, &err);
	rc = status == TANDA_OK ? 0 : cmd_fail(&err);
	if (status != TANDA_OK && other.id[0] != '\0')
		rc = cmd_review_offer_reject(&other);
	annotation_clear(&other);
	memcpy(d->id, a->id, sizeof d->id);
	strbuf_init_fixed(&words, d->words, sizeof d->words);	/* cut at a character */
	strbuf_addstr(&words, a->anchor.exact ? a->anchor.exact : "");
	return rc;
}

/* What each decision did, as the last line says it. */
static const char *const done[] = {
	[DECIDE_ACCEPT] = "accepted",
	[DECIDE_REJECT] = "rejected",
	[DECIDE_UNPUBLISH] = "taken back: accepted, no longer published",
	[DECIDE_REPLACE] = "its replacement changed",
};

/* Decide on the correction that prefix names, in one transaction, and
 * say what was done; returns the exit status. */
static int review_one(const struct request *r, const char *prefix)
{
	struct decided d = { .request = r, .id = "", .words = "" };
	int status = cmd_change_annotation(&r->common, prefix, decide, &d);

	if (status == 0)
		cmd_error("correction %s (\"%s\"): %s", d.id, d.words, done[r->decision]);
	return status;
}

/* Run `tanda review`. */
static int run(int argc, char **argv)
{
	struct request r = { .decision = DECIDE_NONE, .decisions = 0, .replace = NULL,
			     .reason = NULL };
	int status;

	cmd_common_init(&r.common);
	status = cmd_parse(&cmd_review_entry, argc, argv, &r.common, NULL, &r);
	if (status == CMD_CONTINUE)
		status = check_options(&r, argc - optind);
	if (status != CMD_CONTINUE)
		return status;
	if (r.decision == DECIDE_NONE)
		return list_proposed(&r.common, optind < argc ? argv[optind] : NULL);
	return review_one(&r, argv[optind]);
}

/* The options of review. */
static const struct cmd_option verb_options[] = {
	{ .name = "accept", .key = OPT_ACCEPT, .arg = NULL,
	  .help = "accept the correction ID" },
	{ .name = "reject", .key = OPT_REJECT, .arg = NULL,
	  .help = "reject it (--reason says why)" },
	{ .name = "replace", .key = OPT_REPLACE, .arg = "TEXT",
	  .help = "give it the replacement TEXT (alone, or with --accept)" },
	{ .name = "unpublish", .key = OPT_UNPUBLISH, .arg = NULL,
	  .help = "take a published one back to accepted (--reason required)" },
	{ .name = "reason", .key = OPT_REASON, .arg = "TEXT",
	  .help = "why, in its history" },
	{ .name = NULL },
};

const struct cmd_entry cmd_review_entry = {
	.name = "review",
	.alias = NULL,
	.usage = "tanda review [FILE]\n"
		 "       tanda review ID --accept [--replace TEXT] | --reject [--reason TEXT] |\n"
		 "                       --replace TEXT | --unpublish --reason TEXT",
	.summary = "List the proposed corrections, or decide one by its id",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
