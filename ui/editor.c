/*
 * editor.c - a text edited in the user's editor: the temporary file it is
 * written to and read back from, the editor run through the shell (as git
 * runs $EDITOR: the variable may hold arguments), its exit status.  Owns
 * the temporary file, which never outlives editor_edit.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "editor.h"
#include "strbuf.h"
#include "utf8.h"

const char *editor_command(void)
{
	static const char *const names[] = { "VISUAL", "EDITOR" };
	const char *value;
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if ((value = getenv(names[i])) != NULL && value[0] != '\0')
			return value;
	return "vi";
}

/* Make the temporary file in $TMPDIR (else /tmp) holding the len bytes of
 * text, its name in path (size bytes). */
static enum tanda_status make_file(const char *text, size_t len, char *path, size_t size,
		     struct tanda_error *err)
{
	const char *dir = getenv("TMPDIR");
	size_t done = 0;
	ssize_t n;
	int fd;

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, size, "%s/tanda-note-XXXXXX", dir) >= size ||
	    (fd = mkstemp(path)) < 0)	/* 0600 */
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot make the note's file: %s",
				  dir, strerror(errno));
	while (done < len && ((n = write(fd, text + done, len - done)) > 0 || errno == EINTR))
		done += n > 0 ? (size_t)n : 0;
	if (close(fd) != 0 || done < len) {
		unlink(path);
		return tanda_fail(err, TANDA_EIO, "%s: cannot write the note: %s", path,
				  strerror(errno));
	}
	return TANDA_OK;
}

/* In the child: the editor on path, its standard input the terminal even
 * when the reader's is not (the keys come from /dev/tty then). */
static void exec_editor(const char *path)
{
	struct strbuf command;
	int tty;

	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	if (!isatty(STDIN_FILENO) && (tty = open("/dev/tty", O_RDWR)) >= 0)
		dup2(tty, STDIN_FILENO);
	strbuf_init(&command);
	strbuf_addf(&command, "%s \"$1\"", editor_command());
	if (strbuf_ok(&command))
		execl("/bin/sh", "sh", "-c", strbuf_str(&command), "sh", path, (char *)NULL);
	_exit(127);
}

/* Run the editor on path and wait for it, C-c and C-\ left to it; fails
 * saying how it ended unless it exited with 0. */
static enum tanda_status run_editor(const char *path, struct tanda_error *err)
{
	struct sigaction ignore = { .sa_handler = SIG_IGN }, old_int, old_quit;
	pid_t pid;
	int status = 0;

	sigemptyset(&ignore.sa_mask);
	sigaction(SIGINT, &ignore, &old_int);
	sigaction(SIGQUIT, &ignore, &old_quit);
	if ((pid = fork()) == 0)
		exec_editor(path);
	while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	if (pid < 0)
		return tanda_fail(err, TANDA_EDATA, "cannot run the editor: %s", strerror(errno));
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return TANDA_OK;
	if (WIFSIGNALED(status))
		return tanda_fail(err, TANDA_EDATA, "the editor (%s) was killed by signal %d",
				  editor_command(), WTERMSIG(status));
	return tanda_fail(err, TANDA_EDATA, "the editor (%s) exited with status %d",
			  editor_command(), WEXITSTATUS(status));
}

/* Read the file at path into sb: UTF-8 text of at most EDITOR_MAX bytes. */
static enum tanda_status read_file(const char *path, struct strbuf *sb,
				   struct tanda_error *err)
{
	char buf[8192];
	ssize_t n = 0;
	int fd = open(path, O_RDONLY | O_NOFOLLOW);

	if (fd < 0)
		return tanda_fail(err, TANDA_EIO, "%s: cannot read the note: %s", path,
				  strerror(errno));
	while (sb->len <= EDITOR_MAX &&
	       ((n = read(fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)))
		if (n > 0)
			strbuf_add(sb, buf, (size_t)n);
	close(fd);
	if (n < 0 || !strbuf_ok(sb))
		return tanda_fail(err, TANDA_EIO, "%s: cannot read the note: %s", path,
				  n < 0 ? strerror(errno) : "out of memory");
	if (sb->len > EDITOR_MAX)
		return tanda_fail(err, TANDA_EDATA, "the note is larger than %zu bytes", EDITOR_MAX);
	if (sb->len > 0 && (memchr(sb->buf, '\0', sb->len) != NULL || !utf8_valid(sb->buf, sb->len)))
		return tanda_fail(err, TANDA_EDATA, "the note is not UTF-8 text");
	return TANDA_OK;
}

enum tanda_status editor_edit(const char *text, size_t len, char **edited, size_t *edited_len,
			      int *changed, struct tanda_error *err)
{
	struct strbuf sb;
	char path[4096];
	enum tanda_status status;

	*edited = NULL;
	*edited_len = 0;
	*changed = 0;
	if ((status = make_file(text, len, path, sizeof path, err)) != TANDA_OK)
		return status;
	strbuf_init(&sb);
	if ((status = run_editor(path, err)) == TANDA_OK)
		status = read_file(path, &sb, err);
	unlink(path);
	if (status != TANDA_OK) {
		strbuf_release(&sb);
		return status;
	}
	if (sb.len > 0 && sb.buf[sb.len - 1] == '\n')	/* the editor's final newline */
		strbuf_setlen(&sb, sb.len - 1);
	*changed = sb.len != len || (len > 0 && memcmp(sb.buf, text, len) != 0);
	*edited = strbuf_detach(&sb, edited_len);
	return *edited != NULL ? TANDA_OK : tanda_fail(err, TANDA_ENOMEM, "out of memory");
}
