/*
 * cmd-edit.c - `tanda edit ID [--note TEXT] [--replace TEXT] [--speaker
 * NAME] [--status S] [--tag T]... [--untag T]...`: change one annotation
 * from a script, named by its id or a unique prefix of it.  The change is
 * one update made by the author (store_set_actor), so a correction's
 * history keeps it as the reader's changes are kept; a correction's
 * accepted, rejected and proposed (again) go through the store's decisions
 * (an accept over an accepted correction of the same words is refused), so
 * that they travel in the user's own set.
 */
#include <assert.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "grow.h"
#include "open.h"
#include "store.h"

enum {
	OPT_NOTE = CMD_OPT_FIRST_FREE,
	OPT_REPLACE,
	OPT_SPEAKER,
	OPT_STATUS,
	OPT_TAG,
	OPT_UNTAG,
};

/* Tag names given on the command line. */
struct names {
	const char **items;
	size_t count, alloc;
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	const char *note, *replace, *speaker, *status;
	struct names tags, untags;
	int changes;			/* how many options change something */
};

/* Remember a tag name in names. */
static enum tanda_status add_name(struct names *names, const char *name,
				  struct tanda_error *why)
{
	if (name[0] == '\0')
		return tanda_fail(why, TANDA_EUSAGE, "a tag cannot be empty");
	if (GROW(names->items, names->alloc, names->count + 1) != 0)
		return tanda_fail(why, TANDA_ENOMEM, "out of memory");
	names->items[names->count++] = name;
	return TANDA_OK;
}

/* Whether name is a status of a claim or of a correction. */
static int is_status(const char *name)
{
	return annotation_lookup(claim_status_names, CLAIM_COUNT, name) > 0 ||
	       annotation_lookup(correction_status_names, CORRECTION_STATUS_COUNT, name) > 0;
}

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	r->changes++;
	switch (key) {
	case OPT_NOTE:
		r->note = arg;
		return TANDA_OK;
	case OPT_REPLACE:
		r->replace = arg;
		return strpbrk(arg, "\r\n") ? tanda_fail(why, TANDA_EUSAGE, "a replacement is "
							 "one line") : TANDA_OK;
	case OPT_SPEAKER:
		r->speaker = arg;
		return TANDA_OK;
	case OPT_STATUS:
		r->status = arg;
		return is_status(arg) ? TANDA_OK : tanda_fail(why, TANDA_EUSAGE, "\"%s\" is not a "
							      "claim's or a correction's status", arg);
	case OPT_TAG:
		return add_name(&r->tags, arg, why);
	default:
		assert(key == OPT_UNTAG);
		return add_name(&r->untags, arg, why);
	}
}

/* Set *field to value, or to none for an empty value; 0 or -1. */
static int set_or_clear(char **field, const char *value)
{
	return annotation_set(field, value != NULL && value[0] == '\0' ? NULL : value);
}

/* Make the changes of r to a but its status (and, when they are a
 * reviewer's words, its replacement); returns the exit status. */
static int change_fields(const struct request *r, struct annotation *a, int reviewer_words)
{
	int failed = 0;
	size_t i;

	if (r->replace != NULL && a->kind == KIND_CORRECTION &&
	    a->correction_status == CORRECTION_PUBLISHED) {
		cmd_error("correction %s (\"%s\") is published: take it back (tanda review %s "
			  "--unpublish --reason TEXT) before changing it", a->id, a->anchor.exact,
			  a->id);
		return EX_DATAERR;
	}
	if (r->note != NULL)
		failed |= set_or_clear(&a->note, r->note);
	if (r->replace != NULL && !reviewer_words)
		failed |= annotation_set(&a->replacement, r->replace);
	if (r->speaker != NULL)
		failed |= set_or_clear(&a->speaker, r->speaker);
	for (i = 0; i < r->tags.count; i++)
		failed |= annotation_add_tag(a, r->tags.items[i]);
	for (i = 0; i < r->untags.count; i++)
		annotation_remove_tag(a, r->untags.items[i]);
	if (failed) {
		cmd_error("out of memory");
		return EX_OSERR;
	}
	return 0;
}

/* Refuse --status for a, saying why; returns EX_USAGE. */
static int refuse_status(const struct annotation *a, const char *status)
{
	char why[160];

	if (strcmp(status, correction_status_names[CORRECTION_PUBLISHED]) == 0 &&
	    a->kind == KIND_CORRECTION)
		snprintf(why, sizeof why, "a correction is published by tanda apply --publish");
	else
		snprintf(why, sizeof why, "\"%s\" is not a status of a %s", status,
			 annotation_kind_names[a->kind]);
	return cmd_option_error(&cmd_edit_entry, "--status", why);
}

/* Decide on correction a: accepted, rejected or proposed again (with the
 * words given, or NULL), through the store, as who; returns the exit
 * status. */
static int decide(struct store *store, struct annotation *a, enum correction_status to,
		  const char *who, const char *words)
{
	struct annotation other;
	struct tanda_error err;
	enum tanda_status status;
	int rc;

	annotation_init(&other);
	if (to == CORRECTION_ACCEPTED)
		status = store_correction_accept(store, a, who, &other, &err);
	else if (to == CORRECTION_PROPOSED)
		status = store_correction_reopen(store, a, who, NULL, words, &err);
	else
		status = store_correction_reject(store, a, who, NULL, &err);
	rc = status == TANDA_OK ? 0 : cmd_fail(&err);
	if (other.id[0] != '\0')
		rc = cmd_review_offer_reject(&other);
	annotation_clear(&other);
	return rc;
}

/* Set a's status to r->status: a claim's in a, a correction's accepted,
 * rejected or proposed again through the store (with a reviewer's words
 * when words); returns the exit status. */
static int change_status(const struct request *r, struct store *store, struct annotation *a,
			 const char *who, int words)
{
	int claim = annotation_lookup(claim_status_names, CLAIM_COUNT, r->status);
	int to = annotation_lookup(correction_status_names, CORRECTION_STATUS_COUNT, r->status);

	if (a->kind == KIND_CLAIM && claim > 0) {
		a->claim = (enum claim_status)claim;
		return 0;
	}
	if (a->kind != KIND_CORRECTION || to <= 0 || to == CORRECTION_PUBLISHED)
		return refuse_status(a, r->status);
	if (a->correction_status == CORRECTION_PUBLISHED) {
		cmd_error("correction %s (\"%s\") is published: take it back first (tanda review "
			  "%s --unpublish --reason TEXT)", a->id, a->anchor.exact, a->id);
		return EX_DATAERR;
	}
	if (to == CORRECTION_PROPOSED && a->correction_status == CORRECTION_PROPOSED && !words)
		return 0;	/* nothing to decide: the other changes are an edit */
	return decide(store, a, (enum correction_status)to, who, words ? r->replace : NULL);
}

/* Whether r changes a's fields, not only its status: a note, a speaker,
 * tags, the author's words. */
static int changes_fields(const struct request *r, int reviewer_words)
{
	return r->note != NULL || r->speaker != NULL || r->tags.count > 0 ||
	       r->untags.count > 0 || (r->replace != NULL && !reviewer_words);
}

/* Refuse a change to a by who unless who is its author (a change of
 * someone else's record would be seen by nobody else and lost at its
 * author's next edit); returns the exit status. */
static int only_author(const struct annotation *a, const char *who)
{
	if (strcmp(a->author, who) == 0)
		return 0;
	cmd_error("annotation %s is %s's: only its author changes it (tanda rm %s --reason TEXT "
		  "dismisses it; tanda review decides on a correction)", a->id, a->author, a->id);
	return EX_DATAERR;
}

/* Make the changes the request in context asks for to a, as who: its
 * fields (and a claim's status) in one update, then a correction's
 * decision, all in the caller's transaction (a cmd_change_fn). */
static int edit(void *context, struct store *store, struct annotation *a)
{
	const struct request *r = context;
	struct tanda_error err;
	char author[256];
	const char *who = cmd_author(&r->common, author, sizeof author);
	int words = r->replace != NULL && a->kind == KIND_CORRECTION && strcmp(who, a->author) != 0;
	int claim = r->status != NULL && a->kind == KIND_CLAIM;
	int update = claim || changes_fields(r, words);	/* the author's fields */
	int status = update ? only_author(a, who) : 0;

	if (status == 0)
		status = change_fields(r, a, words);
	if (status == 0 && claim)
		status = change_status(r, store, a, who, 0);
	if (status == 0 && update &&
	    (store_set_actor(store, who, &err) != TANDA_OK ||
	     store_annotation_update(store, a, &err) != TANDA_OK))
		status = cmd_fail(&err);
	if (status == 0 && words && annotation_set(&a->replacement, r->replace) != 0) {
		cmd_error("out of memory");
		status = EX_OSERR;
	}
	if (status == 0 && r->status != NULL && !claim)
		status = change_status(r, store, a, who, words);
	else if (status == 0 && words)	/* a reviewer's words: a decision, as review --replace */
		status = decide(store, a, CORRECTION_PROPOSED, who, r->replace);
	return status;
}

/* Run `tanda edit`. */
static int run(int argc, char **argv)
{
	struct request r = { .note = NULL, .replace = NULL, .speaker = NULL, .status = NULL,
			     .tags = { .items = NULL }, .untags = { .items = NULL }, .changes = 0 };
	int status;

	cmd_common_init(&r.common);
	status = cmd_parse(&cmd_edit_entry, argc, argv, &r.common, NULL, &r);
	if (status == CMD_CONTINUE && r.changes == 0) {
		cmd_error("edit: nothing to change");
		status = cmd_usage_error(&cmd_edit_entry);
	} else if (status == CMD_CONTINUE && optind != argc - 1) {
		status = cmd_usage_error(&cmd_edit_entry);
	} else if (status == CMD_CONTINUE) {
		status = cmd_change_annotation(&r.common, argv[optind], edit, &r);
	}
	free(r.tags.items);
	free(r.untags.items);
	return status;
}

/* The options of edit. */
static const struct cmd_option verb_options[] = {
	{ .name = "note", .key = OPT_NOTE, .arg = "TEXT", .help = "its note (\"\" takes it off)" },
	{ .name = "replace", .key = OPT_REPLACE, .arg = "TEXT",
	  .help = "a correction's replacement" },
	{ .name = "speaker", .key = OPT_SPEAKER, .arg = "NAME",
	  .help = "who said a quote (\"\" takes it off)" },
	{ .name = "status", .key = OPT_STATUS, .arg = "STATUS",
	  .help = "a claim's or a correction's status" },
	{ .name = "tag", .key = OPT_TAG, .arg = "TAG", .help = "add a tag (repeatable)" },
	{ .name = "untag", .key = OPT_UNTAG, .arg = "TAG", .help = "take a tag off (repeatable)" },
	{ .name = NULL },
};

const struct cmd_entry cmd_edit_entry = {
	.name = "edit",
	.alias = NULL,
	.usage = "tanda edit ID [--note TEXT] [--replace TEXT] [--speaker NAME] [--status S] "
		 "[--tag T]... [--untag T]...",
	.summary = "Change one annotation, named by its id or a prefix of it",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
