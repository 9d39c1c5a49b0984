/*
 * open.c - what the verbs open, with their messages: the store, an article
 * (catching a bus error while it is mapped), an article recorded in the
 * store, the author of new annotations, an annotation by its id or a
 * prefix of it.
 */
#include <errno.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "fetch.h"
#include "open.h"
#include "print.h"
#include "strbuf.h"
#include "reanchor.h"
#include "store.h"
#include "w3c-import.h"

char *cmd_store_path(const struct cmd_common *common)
{
	return common->db ? strdup(common->db) : store_default_path();
}

enum tanda_status cmd_store_open_quietly(const struct cmd_common *common, struct store **out,
					 struct tanda_error *err)
{
	char *path = cmd_store_path(common);
	enum tanda_status status;

	if (path == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	status = store_open(path, out, err);
	free(path);
	return status;
}

int cmd_open_store(const struct cmd_common *common, struct store **out)
{
	struct tanda_error err;

	if (cmd_store_open_quietly(common, out, &err) != TANDA_OK)
		return cmd_fail(&err);
	return 0;
}

int cmd_open_store_readonly(const struct cmd_common *common, struct store **out)
{
	struct tanda_error err;
	char *path = cmd_store_path(common);
	enum tanda_status status;

	if (path == NULL) {
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	status = store_open_readonly(path, out, &err);
	free(path);
	return status == TANDA_OK ? 0 : cmd_fail(&err);
}

/* How the stored article previous was found, said after "last opened". */
static const char *found_by(enum store_revision_key key)
{
	static const char *const ways[] = {
		[STORE_KEY_PATH] = "at this path",
		[STORE_KEY_URL] = "with this url",
		[STORE_KEY_ID] = "with this id",
	};

	return ways[key];
}

/* Say how the carried annotations fared: "N annotations carried over:
 * ..." (or, for a preview, where they would land). */
static void describe_carried(const struct reanchor_report *r, int preview, struct strbuf *sb)
{
	const size_t *n = r->by_state;

	strbuf_addf(sb, " %s%zu annotation%s %s: %zu exact, %zu fuzzy (to confirm), %zu detached, "
		    "%zu resolved by the edit", preview ? "its " : "", r->moved,
		    r->moved == 1 ? "" : "s", preview ? "would land" : "carried over",
		    n[ANCHOR_EXACT], n[ANCHOR_FUZZY], n[ANCHOR_ORPHAN], n[ANCHOR_RESOLVED]);
	if (preview)
		strbuf_addstr(sb, "; opening or annotating it records that");
}

/* Say which article the report's previous one is: its title and the
 * start of its sha256. */
static void describe_previous(const struct reanchor_report *r, struct strbuf *sb)
{
	const struct store_article *p = &r->previous;

	if (p->title != NULL)
		strbuf_addf(sb, "\"%.80s\", %.12s", p->title, p->sha256);
	else
		strbuf_addf(sb, "%.12s", p->sha256);
}

/* Say that a set's positions did not fit and those annotations are
 * orphans now. */
static void describe_unfit(const struct reanchor_report *r, struct strbuf *sb)
{
	size_t i, named = r->unfit < REANCHOR_UNFIT_NAMED ? r->unfit : REANCHOR_UNFIT_NAMED;

	strbuf_addf(sb, "%zu annotation%s from a set did not fit the text (", r->unfit,
		    r->unfit == 1 ? "" : "s");
	for (i = 0; i < named; i++)
		strbuf_addf(sb, "%s%.8s", i ? " " : "", r->unfit_ids[i]);
	strbuf_addf(sb, "%s) and %s detached (orphans)", r->unfit > named ? " ..." : "",
		    r->unfit == 1 ? "is" : "are");
}

int cmd_describe_opened(const char *name, const struct reanchor_report *r, int preview,
			char *buf, size_t size)
{
	struct strbuf sb;
	size_t start;

	strbuf_init_fixed(&sb, buf, size);
	strbuf_addf(&sb, "%s: ", name);
	start = sb.len;
	if (r->unfit > 0)
		describe_unfit(r, &sb);
	if (r->relation == REANCHOR_REVISION) {
		strbuf_addf(&sb, "%schanged since it was recorded (%.12s, last opened %s):",
			    sb.len > start ? "; " : "", r->previous.sha256, found_by(r->key));
		describe_carried(r, preview, &sb);
	} else if (r->relation == REANCHOR_REPLACED) {
		strbuf_addf(&sb, "%snot the article last opened at this path (", sb.len > start ?
			    "; " : "");
		describe_previous(r, &sb);
		strbuf_addf(&sb, ", %zu annotation%s; %.0f%% of its paragraphs are here): another "
			    "article, nothing carried over%s", r->previous.annotations,
			    r->previous.annotations == 1 ? "" : "s", r->kinship * 100,
			    preview ? "" : "; that one stays in the library");
	}
	if (sb.len == start)
		strbuf_setlen(&sb, 0);	/* nothing to say */
	return sb.len > 0;
}

int cmd_open_both(const char *path, const struct cmd_common *common, int reading,
		  struct article **article, struct store **store)
{
	int status = cmd_load_article(path, common, article);

	*store = NULL;
	if (status == 0 && (status = reading ? cmd_open_store_readonly(common, store)
					     : cmd_open_store(common, store)) != 0) {
		article_free(*article);
		*article = NULL;
	}
	return status;
}

int cmd_describe_adopted(const char *name, const struct reanchor_report *r, int preview,
			 char *buf, size_t size)
{
	if (r->moved == 0)
		return 0;
	snprintf(buf, size, "%s: %zu annotation%s imported for its URL, %sanchored by %s: "
		 "%zu exact, %zu fuzzy (to confirm), %zu orphaned%s", name, r->moved,
		 r->moved == 1 ? "" : "s", preview ? "would be " : "",
		 r->moved == 1 ? "its quote" : "their quotes", r->by_state[ANCHOR_EXACT],
		 r->by_state[ANCHOR_FUZZY], r->by_state[ANCHOR_ORPHAN],
		 preview ? "; opening or annotating it records that" : "");
	return 1;
}

/* Record the article loaded from path in the store: carry its previous
 * version's annotations over, and give it those imported for its URL;
 * their reports in *carried and *adopted. */
static enum tanda_status record_article(struct store *store, struct article *article,
					const char *path, struct reanchor_report *carried,
					struct reanchor_report *adopted, struct tanda_error *err)
{
	const char *place = strcmp(path, "-") ? path : NULL;
	enum tanda_status status;

	status = reanchor_open(store, article, place, REANCHOR_IF_NEEDED, carried, err);
	if (status == TANDA_OK)
		status = w3c_import_adopt(store, article, place, adopted, err);
	return status;
}

int cmd_open_article(const char *path, const struct cmd_common *common, int writing,
		     struct article **article, struct store **store)
{
	struct reanchor_report report, adopted;
	struct tanda_error err;
	char message[1024];
	int status = cmd_open_both(path, common, 0, article, store);

	if (status != 0)
		return status;
	memset(&report, 0, sizeof report);
	if (writing && store_begin(*store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status == 0 &&
	    record_article(*store, *article, path, &report, &adopted, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status == 0 && cmd_describe_opened((*article)->name, &report, 0, message,
					       sizeof message))
		cmd_error("%s", message);
	if (status == 0 &&
	    cmd_describe_adopted((*article)->name, &adopted, 0, message, sizeof message))
		cmd_error("%s", message);
	reanchor_report_clear(&report);
	if (status != 0) {
		store_close(*store);
		article_free(*article);
		*store = NULL;
		*article = NULL;
	}
	return status;
}

int cmd_preview_article(const char *path, const struct cmd_common *common,
			const struct store_query *filter, struct article **article,
			struct store **store, struct store_annotations *shown, int *in_memory)
{
	struct reanchor_report report;
	struct tanda_error err;
	char message[1024];
	int status = cmd_open_both(path, common, 1, article, store);

	memset(shown, 0, sizeof *shown);
	*in_memory = 0;
	if (status != 0)
		return status;
	if (reanchor_preview(*store, *article, path, filter, shown, &report, &err) != TANDA_OK) {
		status = cmd_fail(&err);
		store_annotations_free(shown);
		store_close(*store);
		article_free(*article);
		*store = NULL;
		*article = NULL;
	} else if (cmd_describe_opened((*article)->name, &report, 1, message, sizeof message)) {
		cmd_error("%s", message);
	}
	*in_memory = status == 0 && report.in_memory;
	reanchor_report_clear(&report);
	return status;
}

/* Whether git has a user.name, which goes into buf. */
static int found_git_user_name(char *buf, size_t size)
{
	FILE *git = popen("git config user.name 2>/dev/null", "r");
	int found = 0;

	if (git == NULL)
		return 0;
	if (fgets(buf, (int)size, git) != NULL) {
		buf[strcspn(buf, "\n")] = '\0';
		found = buf[0] != '\0';
	}
	pclose(git);
	return found;
}

/* The user's name from the password database (the full name when there
 * is one), into buf. */
static void passwd_name(char *buf, size_t size)
{
	struct passwd *pw = getpwuid(getuid());
	size_t len;

	if (pw == NULL) {
		snprintf(buf, size, "uid %lu", (unsigned long)getuid());
		return;
	}
	len = pw->pw_gecos ? strcspn(pw->pw_gecos, ",") : 0;
	if (len > 0)
		snprintf(buf, size, "%.*s", (int)len, pw->pw_gecos);
	else
		snprintf(buf, size, "%s", pw->pw_name);
}

const char *cmd_author(const struct cmd_common *common, char *buf, size_t size)
{
	const char *env = getenv("TANDA_AUTHOR");

	if (common->author != NULL)
		return common->author;
	if (env != NULL && env[0] != '\0')
		return env;
	if (found_git_user_name(buf, size))
		return buf;
	passwd_name(buf, size);
	return buf;
}

const char *cmd_user(const struct cmd_common *common, char *buf, size_t size)
{
	struct cmd_common user = *common;

	user.author = NULL;
	return cmd_author(&user, buf, size);
}

/* Warn about replaced ill-formed UTF-8 in article. */
static void warn_invalid(const struct article *article)
{
	cmd_error("%s:%lu:%lu: warning: %zu invalid UTF-8 sequence%s replaced by U+FFFD%s",
		  article->name, (unsigned long)article->invalid_line,
		  (unsigned long)article->invalid_column, article->invalid,
		  article->invalid == 1 ? "" : "s",
		  article->invalid == 1 ? "" : " (the first is here)");
}

/* What a bus error says: the file last loaded (static, for the handler). */
static char bus_error_message[512];

/* A read of a mapped file that was cut short after it was mapped (edited
 * in place) raises SIGBUS: say which file and exit 74 rather than die of
 * it.  (The reader's handler restores the terminal first, then calls this
 * one.) */
static void on_bus_error(int sig)
{
	ssize_t written = write(STDERR_FILENO, bus_error_message, strlen(bus_error_message));

	(void)sig;
	(void)written;	/* exiting either way */
	_exit(EX_IOERR);
}

/* Name path in what a bus error says, and catch it. */
static void catch_bus_error(const char *path)
{
	struct sigaction sa = { .sa_handler = on_bus_error, .sa_flags = 0 };
	const char *name = strcmp(path, "-") ? path : SOURCE_STDIN_NAME;
	char shown[256];

	print_escaped_into(shown, sizeof shown, name, strlen(name));
	snprintf(bus_error_message, sizeof bus_error_message,
		 "tanda: %s: cut short while it was being read (changed on disk?)\n", shown);
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
}

/* Load the file at path again, in place of *article, with the layout the
 * store recorded for it when its layout was guessed and that record says
 * otherwise (reanchor_stored_layout).  Nothing stored, no database, one
 * of an older schema (no layouts in it; not worth copying into memory
 * for this), one that cannot be read or a file that no longer loads
 * leave the guess: the verb says what is wrong with its database when it
 * opens it. */
static void take_stored_layout(const char *path, const struct cmd_common *common,
			       struct article **article)
{
	struct article_options options = common->article;
	enum article_layout layout = ARTICLE_LAYOUT_AUTO;
	struct article *again;
	struct store *store = NULL;
	struct tanda_error err;
	char *db;

	if (!(*article)->layout_guessed || strcmp(path, "-") == 0 || fetch_is_url(path) ||
	    (db = cmd_store_path(common)) == NULL)
		return;
	if (store_open_current(db, &store, &err) == TANDA_OK && store != NULL)
		(void)reanchor_stored_layout(store, *article, path, &layout, &err);
	store_close(store);
	free(db);
	options.layout = layout;
	if (layout == ARTICLE_LAYOUT_AUTO || article_load(path, &options, &again, &err) != TANDA_OK)
		return;
	article_free(*article);
	*article = again;
}

int cmd_load_article(const char *path, const struct cmd_common *common, struct article **out)
{
	struct tanda_error err;
	enum tanda_status status;

	tanda_error_clear(&err);
	catch_bus_error(path);
	if (fetch_is_url(path))
		status = cmd_fetch_article(path, common, out, &err);
	else
		status = article_load(path, &common->article, out, &err);
	if (status != TANDA_OK) {
		cmd_error("%s", err.message);
		return tanda_exit_status(status);
	}
	take_stored_layout(path, common, out);
	if ((*out)->invalid > 0)
		warn_invalid(*out);
	return 0;
}

int cmd_preview_visit(struct article *article, struct store *store, const char *path,
		      const struct store_query *filter, store_visit_fn fn, void *context,
		      int *in_memory)
{
	struct reanchor_report report, adopted;
	struct tanda_error err;
	char message[1024];

	*in_memory = 0;
	if (reanchor_preview_visit(store, article, path, filter, fn, context, &report, &err) !=
	    TANDA_OK)
		return cmd_fail(&err);
	if (cmd_describe_opened(article->name, &report, 1, message, sizeof message))
		cmd_error("%s", message);
	*in_memory = report.in_memory;
	reanchor_report_clear(&report);
	if (w3c_import_preview(store, article, strcmp(path, "-") ? path : NULL, filter, fn,
			       context, &adopted, &err) != TANDA_OK)
		return cmd_fail(&err);
	if (cmd_describe_adopted(article->name, &adopted, 1, message, sizeof message))
		cmd_error("%s", message);
	return 0;
}

int cmd_resolve_id(struct store *store, const char *prefix, char id[ANNOTATION_ID_SIZE])
{
	struct tanda_error err;

	if (store_id_resolve(store, prefix, id, &err) != TANDA_OK)
		return cmd_fail(&err);
	return 0;
}

/* Read the annotation that prefix names from store into *a, in the
 * transaction begun here; returns the exit status. */
static int read_annotation(struct store *store, const char *prefix, struct annotation *a)
{
	char id[ANNOTATION_ID_SIZE];
	struct tanda_error err;
	int status = 0;

	if (store_begin(store, &err) != TANDA_OK)
		return cmd_fail(&err);
	if ((status = cmd_resolve_id(store, prefix, id)) == 0 &&
	    store_annotation_get(store, id, a, &err) != TANDA_OK)
		status = cmd_fail(&err);
	return status;
}

int cmd_change_annotation(const struct cmd_common *common, const char *prefix,
			  cmd_change_fn change, void *context)
{
	struct store *store;
	struct annotation a;
	struct tanda_error err;
	int status = cmd_open_store(common, &store);

	if (status != 0)
		return status;
	annotation_init(&a);
	if ((status = read_annotation(store, prefix, &a)) == 0)
		status = change(context, store, &a);
	if (status != 0)
		store_rollback(store);
	else if (store_commit(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	annotation_clear(&a);
	store_close(store);
	return status;
}
