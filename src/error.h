/*
 * error.h - errors as values.
 *
 * Library code (src/, annotations/) never prints and never exits: it returns
 * a status and fills a struct tanda_error with a one-line message that names
 * the file (and line:column where there is one).  The entry points (main.c,
 * cmd-*.c, the UI) decide what to print and which exit status to use.
 */
#ifndef TANDA_ERROR_H
#define TANDA_ERROR_H

enum tanda_status {
	TANDA_OK = 0,
	TANDA_EUSAGE,		/* bad command line: exit 64 */
	TANDA_EDATA,		/* bad input data: exit 65 */
	TANDA_ENOINPUT,		/* missing or unreadable input: exit 66 */
	TANDA_ESOFTWARE,	/* internal error: exit 70 */
	TANDA_ECANTCREATE,	/* cannot create an output file: exit 73 */
	TANDA_EIO,		/* input/output error: exit 74 */
	TANDA_ENOMEM,		/* out of memory: exit 71 (EX_OSERR) */
	TANDA_ESTALE,		/* changed elsewhere since it was read: exit 75 */
};

/* The longest message kept; longer ones are cut. */
#define TANDA_ERROR_MAX 512

struct tanda_error {
	enum tanda_status status;
	char message[TANDA_ERROR_MAX];
};

/* Record a failure in err (which may be NULL) and return its status. */
enum tanda_status tanda_fail(struct tanda_error *err, enum tanda_status status,
			     const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Reset err to "no error". */
void tanda_error_clear(struct tanda_error *err);

/* The sysexits.h exit status that stands for status. */
int tanda_exit_status(enum tanda_status status);

/* A short English name of status, for messages that have no better one. */
const char *tanda_status_name(enum tanda_status status);

#endif
