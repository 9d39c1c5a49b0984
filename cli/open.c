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

#include "open.h"
#include "print.h"
#include "reanchor.h"
#include "store.h"

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

int cmd_describe_carried(const char *name, const struct reanchor_report *r, char *buf,
			 size_t size)
{
	if (r->moved == 0)
		return 0;
	snprintf(buf, size, "%s: the article changed; %zu annotation%s carried over: %zu exact, "
		 "%zu fuzzy (to confirm), %zu orphaned, %zu resolved by the edit", name, r->moved,
		 r->moved == 1 ? "" : "s", r->by_state[ANCHOR_EXACT], r->by_state[ANCHOR_FUZZY],
		 r->by_state[ANCHOR_ORPHAN], r->by_state[ANCHOR_RESOLVED]);
	return 1;
}

int cmd_open_article(const char *path, const struct cmd_common *common, int writing,
		     struct article **article, struct store **store)
{
	struct reanchor_report report;
	struct tanda_error err;
	char message[512];
	int status = cmd_load_article(path, &common->article, article);

	*store = NULL;
	if (status != 0)
		return status;
	status = cmd_open_store(common, store);
	if (status == 0 && writing && store_begin(*store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status == 0 && reanchor_open(*store, *article, strcmp(path, "-") ? path : NULL,
					 REANCHOR_IF_NEEDED, &report, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status != 0) {
		store_close(*store);
		article_free(*article);
		*store = NULL;
		*article = NULL;
		return status;
	}
	if (cmd_describe_carried((*article)->name, &report, message, sizeof message))
		cmd_error("%s", message);
	return 0;
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

int cmd_load_article(const char *path, const struct article_options *options,
		     struct article **out)
{
	struct tanda_error err;
	enum tanda_status status;

	tanda_error_clear(&err);
	catch_bus_error(path);
	status = article_load(path, options, out, &err);
	if (status != TANDA_OK) {
		cmd_error("%s", err.message);
		return tanda_exit_status(status);
	}
	if ((*out)->invalid > 0)
		warn_invalid(*out);
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
