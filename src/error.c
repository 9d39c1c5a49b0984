/*
 * error.c - the status table: each status, its exit code and its name.
 */
#include <stdarg.h>
#include <stdio.h>
#include <sysexits.h>

#include "error.h"

static const struct {
	int exit_status;
	const char *name;
} status_table[] = {
	[TANDA_OK] = { EX_OK, "success" },
	[TANDA_EUSAGE] = { EX_USAGE, "usage error" },
	[TANDA_EDATA] = { EX_DATAERR, "data error" },
	[TANDA_ENOINPUT] = { EX_NOINPUT, "cannot open input" },
	[TANDA_ESOFTWARE] = { EX_SOFTWARE, "internal error" },
	[TANDA_ECANTCREATE] = { EX_CANTCREAT, "cannot create output" },
	[TANDA_EIO] = { EX_IOERR, "input/output error" },
	[TANDA_ENOMEM] = { EX_OSERR, "out of memory" },
	[TANDA_ESTALE] = { EX_TEMPFAIL, "changed elsewhere" },
};

enum tanda_status tanda_fail(struct tanda_error *err, enum tanda_status status,
			     const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return status;
	err->status = status;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return status;
}

void tanda_error_clear(struct tanda_error *err)
{
	err->status = TANDA_OK;
	err->message[0] = '\0';
}

int tanda_exit_status(enum tanda_status status)
{
	if ((unsigned)status >= sizeof status_table / sizeof status_table[0])
		return EX_SOFTWARE;
	return status_table[status].exit_status;
}

const char *tanda_status_name(enum tanda_status status)
{
	if ((unsigned)status >= sizeof status_table / sizeof status_table[0])
		return "unknown error";
	return status_table[status].name;
}
