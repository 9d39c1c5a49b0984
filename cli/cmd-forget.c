/*
 * cmd-forget.c - `tanda forget ARTICLE...`: remove stored articles from
 * this database with everything that hangs on them (their other revisions,
 * annotations, tag links, corrections' history, review decisions), all in
 * one transaction; `--dry-run` says what would go and keeps it.  An
 * ARTICLE is a file, a URL, a path where a file was, or a sha256 (or a
 * unique prefix of one) as `tanda library` shows it.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cmd.h"
#include "fetch.h"
#include "open.h"
#include "print.h"
#include "reanchor.h"
#include "store.h"
#include "strbuf.h"

enum { OPT_DRY_RUN = CMD_OPT_FIRST_FREE };

/* What the command line asks for, and what was forgotten. */
struct request {
	struct cmd_common common;
	int dry_run;			/* --dry-run */
	struct store_forgotten counted;
};

/* Say that no stored article is what name names; the exit status. */
static int unknown(const char *name)
{
	char shown[512];

	print_escaped_into(shown, sizeof shown, name, strlen(name));
	cmd_error("%s: no stored article is this (`tanda library` lists them)", shown);
	return EX_NOINPUT;
}

/* Put into sha256 the stored article found by its text (sha256, NULL:
 * none), place (a canonical path or a URL), url or id; the exit status. */
static int find(struct store *store, const char *name, const char *text_sha, const char *place,
		const char *url, const char *meta_id, char sha256[65])
{
	struct tanda_error err;
	int found = store_article_find(store, text_sha, place, url, meta_id, sha256, &err);

	if (found < 0)
		return cmd_fail(&err);
	return found ? 0 : unknown(name);
}

/* The stored article that the file at path is: its text, else the one
 * last opened at its path, else the same url or id; the exit status. */
static int by_file(struct store *store, const char *path, const struct cmd_common *common,
		   char sha256[65])
{
	struct article *article;
	char *canonical;
	int status = cmd_load_article(path, common, &article);

	if (status != 0)
		return status;
	canonical = reanchor_canonical_path(path);
	status = find(store, path, article_sha256(article), canonical, article->meta.url,
		      article->meta.id, sha256);
	free(canonical);
	article_free(article);
	return status;
}

/* The stored article last opened at the path where no file is now
 * (made absolute from the working folder); the exit status. */
static int by_path(struct store *store, const char *path, char sha256[65])
{
	struct strbuf absolute = STRBUF_INIT;
	char *cwd = path[0] == '/' ? NULL : getcwd(NULL, 0);
	int status;

	if (cwd != NULL)
		strbuf_addf(&absolute, "%s/", cwd);
	strbuf_addstr(&absolute, path);
	free(cwd);
	if (!strbuf_ok(&absolute)) {
		cmd_error("out of memory");
		status = EX_OSERR;
	} else {
		status = find(store, path, NULL, strbuf_str(&absolute), NULL, NULL, sha256);
	}
	strbuf_release(&absolute);
	return status;
}

/* Whether name can be a sha256 or the start of one: hexadecimal digits,
 * 64 at most. */
static int looks_like_sha(const char *name)
{
	size_t len = strspn(name, "0123456789abcdefABCDEF");

	return len > 0 && len <= 64 && name[len] == '\0';
}

/* Put into sha256 the stored article that name names: a URL (the page's
 * place or url), a file, a sha256 or a unique prefix of one, a path where
 * a file was; the exit status. */
static int name_article(struct store *store, const char *name, const struct cmd_common *common,
			char sha256[65])
{
	struct tanda_error err;

	if (fetch_is_url(name))
		return find(store, name, NULL, name, name, NULL, sha256);
	if (access(name, F_OK) == 0)
		return by_file(store, name, common, sha256);
	if (looks_like_sha(name))
		return store_article_resolve(store, name, sha256, &err) == TANDA_OK
			       ? 0 : cmd_fail(&err);
	return by_path(store, name, sha256);
}

/* Say which article goes (store_article_fn). */
static int say_article(void *context, const struct store_article *a)
{
	const struct request *r = context;

	print_text(stdout, "%s %.12s  %s (%zu annotation%s)\n",
		   r->dry_run ? "would forget" : "forgot", a->sha256,
		   a->title ? a->title : a->path ? a->path : "(no title, no file)",
		   a->annotations, a->annotations == 1 ? "" : "s");
	return 0;
}

/* Say how much went, and that it went from this database alone. */
static void say_counted(const struct request *r)
{
	const struct store_forgotten *c = &r->counted;

	printf("%s: %zu article%s, %zu annotation%s (tombstones too), %zu tag link%s, "
	       "%zu history entr%s, %zu decision%s\n",
	       r->dry_run ? "would forget (dry run: nothing written)" : "forgot",
	       c->articles, c->articles == 1 ? "" : "s", c->annotations,
	       c->annotations == 1 ? "" : "s", c->tag_links, c->tag_links == 1 ? "" : "s",
	       c->history, c->history == 1 ? "y" : "ies", c->decisions,
	       c->decisions == 1 ? "" : "s");
	puts("only from this database: shared sets and other people's databases keep them, "
	     "and the next `tanda sync` or `tanda import` of a set that holds them brings "
	     "them back");
}

/* Name every article first (nothing goes unless all are known), then
 * forget each with its revisions in the open transaction; the exit
 * status. */
static int forget_all(struct store *store, char **names, int count, struct request *r)
{
	char (*shas)[65] = calloc((size_t)count, sizeof *shas);
	struct tanda_error err;
	int status = shas == NULL ? EX_OSERR : 0, i;

	for (i = 0; i < count && status == 0; i++)
		status = name_article(store, names[i], &r->common, shas[i]);
	for (i = 0; i < count && status == 0; i++)
		if (store_article_forget(store, shas[i], say_article, r, &r->counted, &err) !=
		    TANDA_OK)
			status = cmd_fail(&err);
	free(shas);
	return status;
}

/* Forget in one transaction, committed unless a dry run; the exit
 * status. */
static int forget(struct store *store, char **names, int count, struct request *r)
{
	struct tanda_error err;
	int status = store_begin(store, &err) == TANDA_OK ? 0 : cmd_fail(&err);

	if (status == 0)
		status = forget_all(store, names, count, r);
	if (status == 0 && !r->dry_run && store_commit(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status != 0 || r->dry_run)
		store_rollback(store);
	if (status == 0)
		say_counted(r);
	return status;
}

/* Whether the database exists: forgetting never makes one. */
static int database_exists(const struct cmd_common *common)
{
	char *path = cmd_store_path(common);
	int exists = path != NULL && access(path, F_OK) == 0;

	if (path != NULL && !exists)
		cmd_error("%s: no database: nothing to forget", path);
	free(path);
	return exists;
}

/* Run `tanda forget`. */
static int run(int argc, char **argv)
{
	struct request r;
	struct store *store;
	int status;

	memset(&r, 0, sizeof r);
	cmd_common_init(&r.common);
	status = cmd_parse(&cmd_forget_entry, argc, argv, &r.common, NULL, &r.dry_run);
	if (status != CMD_CONTINUE)
		return status;
	if (optind == argc)
		return cmd_usage_error(&cmd_forget_entry);
	if (!database_exists(&r.common))
		return EX_NOINPUT;
	if ((status = cmd_open_store(&r.common, &store)) != 0)
		return status;
	status = forget(store, argv + optind, argc - optind, &r);
	store_close(store);
	return status ? status : cmd_finish_output(stdout);
}

/* The options of forget. */
static const struct cmd_option verb_options[] = {
	{ .name = "dry-run", .key = OPT_DRY_RUN, .arg = NULL,
	  .help = "say what would be forgotten, and keep it" },
	{ .name = NULL },
};

const struct cmd_entry cmd_forget_entry = {
	.name = "forget",
	.alias = NULL,
	.usage = "tanda forget [--dry-run] [--db PATH] ARTICLE...",
	.summary = "Remove articles and their annotations from this database (not from shared sets)",
	.options = verb_options,
	.flags = 0,
	.take = cmd_take_flag,
	.run = run,
};
