/*
 * cmd-doctor.c - `tanda doctor [--db PATH]`: the annotation database
 * checked as it is, never written: SQLite's integrity check and foreign
 * key check (store_doctor_run), each problem on a line, and what the
 * findings mean for the user.  Exit 0 when it is sound, 1 when not.
 */
#include <getopt.h>
#include <stdlib.h>

#include "cmd.h"
#include "open.h"
#include "print.h"
#include "store.h"

/* How a check is named on its lines, what it looks at when it finds
 * nothing, and what its findings mean. */
static const struct {
	const char *name, *sound, *meaning;
} checks[] = {
	[STORE_CHECK_INTEGRITY] = {
		"integrity", "ok: every page, record and index of the file is sound",
		"the file itself is damaged (a failing disk, a copy taken while it was being "
		"written, another program): save what can still be read with `tanda export "
		"--all --include-deleted -o FILE`, then import it into a new database",
	},
	[STORE_CHECK_FOREIGN_KEYS] = {
		"foreign keys", "ok: every annotation has its article, every tag link its tag",
		"rows point at rows that are gone, which tanda never leaves (another program "
		"changed the file): an export and an import into a new database keeps what is "
		"whole",
	},
	[STORE_CHECK_SCHEMA] = {
		"schema", "ok: this tanda's",
		"the database was written by a newer tanda: use that one",
	},
};

#define CHECKS (sizeof checks / sizeof checks[0])

/* What was found, check by check. */
struct seen {
	size_t count[CHECKS];
};

/* Print one finding (store_doctor's callback). */
static void print_finding(void *context, const struct store_finding *f)
{
	struct seen *seen = context;

	seen->count[f->check]++;
	print_text(stdout, "%s: %s\n", checks[f->check].name, f->text);
}

/* Print a line for each check that found nothing (the links are not
 * checked in a file that cannot be read), and what the findings of the
 * others mean. */
static void print_summary(const char *path, const struct seen *seen, int version)
{
	int damaged = seen->count[STORE_CHECK_INTEGRITY] > 0;
	size_t i;

	for (i = 0; i < CHECKS; i++)
		if (seen->count[i] == 0 && (i != STORE_CHECK_SCHEMA || version >= 0))
			print_text(stdout, "%s: %s\n", checks[i].name,
				   i == STORE_CHECK_FOREIGN_KEYS && damaged
				   ? "not checked: the file cannot be read whole" : checks[i].sound);
	for (i = 0; i < CHECKS; i++)
		if (seen->count[i] > 0)
			print_text(stdout, "%s: %zu problem%s: %s\n", path, seen->count[i],
				   seen->count[i] == 1 ? "" : "s", checks[i].meaning);
}

/* Run `tanda doctor`. */
static int run(int argc, char **argv)
{
	struct cmd_common common;
	struct seen seen = { .count = { 0 } };
	struct store_doctor d = { .fn = print_finding, .context = &seen };
	struct tanda_error err;
	char *path;
	int status;

	cmd_common_init(&common);
	status = cmd_parse(&cmd_doctor_entry, argc, argv, &common, NULL, NULL);
	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc)
		return cmd_usage_error(&cmd_doctor_entry);
	if ((path = cmd_store_path(&common)) == NULL) {
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	if (store_doctor_run(&d, path, &err) != TANDA_OK) {
		free(path);
		return cmd_fail(&err);
	}
	print_summary(path, &seen, d.version);
	free(path);
	status = cmd_finish_output(stdout);
	return status != 0 ? status : d.problems > 0;
}

const struct cmd_entry cmd_doctor_entry = {
	.name = "doctor",
	.alias = NULL,
	.usage = "tanda doctor [--db PATH]",
	.summary = "Check the annotation database without writing it (exit 1 when damaged)",
	.options = NULL,
	.flags = 0,
	.take = NULL,
	.run = run,
};
