/*
 * bench-check.c - how long tanda check takes on a typical article (issue
 * 15: "tanda check under 5 ms for a typical article").
 *
 *   bench-check TANDA ARTICLE
 *
 * Figures:
 *   check-typical      the date and name checks of ARTICLE in this process
 *                      (loaded once, the dictionaries already loaded by a
 *                      warm-up run), against a 5 ms budget;
 *   check-process      `TANDA check ARTICLE` as a process, against `TANDA
 *                      cat ARTICLE` (the same start-up and loading, no
 *                      checks);
 *   check-dictionary   what the first question to the dictionaries costs
 *                      (Hunspell loading id_ID and en_US; nothing in a build
 *                      without Hunspell): a check pays it only when a word
 *                      is in doubt, once per run.
 */
#include <fcntl.h>
#include <sys/wait.h>

#include "article.h"
#include "bench.h"
#include "check.h"
#include "dictionary.h"

const char bench_program[] = "bench-check";

/* The budget of check-typical, in milliseconds. */
#define BUDGET_MS 5.0

/* What the in-process figure runs on. */
struct in_process {
	const struct article *article;
	struct dictionary *dictionary;
};

/* One run of both checks on the article. */
static int run_checks(void *ctx, uint64_t *ns)
{
	struct in_process *p = ctx;
	struct check_options options = { .dictionary = p->dictionary };
	struct tanda_error err;
	struct findings found;
	uint64_t start = bench_now_ns();
	int failed;

	findings_init(&found);
	failed = check_dates(p->article, &options, &found, &err) != TANDA_OK ||
		 check_names(p->article, &options, &found, &err) != TANDA_OK;
	*ns = bench_now_ns() - start;
	findings_free(&found);
	return failed ? bench_complain("the checks failed: %s", err.message) : 0;
}

/* A command to run as a process: argv. */
struct process {
	char *const *argv;
};

/* One run of the command, its output thrown away. */
static int run_process(void *ctx, uint64_t *ns)
{
	struct process *p = ctx;
	uint64_t start = bench_now_ns();
	int status;
	pid_t pid = bench_fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		if (null >= 0)
			dup2(null, STDOUT_FILENO);
		execv(p->argv[0], p->argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
		return bench_complain("%s %s failed", p->argv[0], p->argv[1]);
	*ns = bench_now_ns() - start;
	return 0;
}

/* One first question to fresh dictionaries, in both languages. */
static int run_dictionary(void *ctx, uint64_t *ns)
{
	struct dictionary *d = dictionary_new();
	uint64_t start = bench_now_ns();

	(void)ctx;
	if (d == NULL)
		return bench_complain("out of memory");
	(void)dictionary_is_word(d, "id", "Hayashi", 7);
	(void)dictionary_is_word(d, "en", "Hayashi", 7);
	*ns = bench_now_ns() - start;
	dictionary_free(d);
	return 0;
}

int main(int argc, char **argv)
{
	struct article_options options;
	struct article *article;
	struct tanda_error err;
	struct in_process in;
	char *check_argv[] = { argv[1], "check", argv[2], NULL };
	char *cat_argv[] = { argv[1], "cat", argv[2], NULL };
	struct process check = { check_argv }, cat = { cat_argv };
	double ms, base_ms;

	if (argc != 3)
		return bench_complain("usage: bench-check TANDA ARTICLE"), 2;
	article_options_default(&options);
	if (article_load(argv[2], &options, &article, &err) != TANDA_OK)
		return bench_complain("%s", err.message), 1;
	in.article = article;
	in.dictionary = dictionary_new();
	if (in.dictionary == NULL || bench_median_ms(run_checks, &in, 3, 32, &ms) != 0)
		return 1;
	bench_report_budget("check", "typical", ms, "ms", "5 ms budget", BUDGET_MS);
	if (bench_median_pair_ms(run_process, &check, run_process, &cat, 2, 15, &ms, &base_ms) != 0)
		return 1;
	bench_report("check", "process", ms, "ms", "tanda-cat", base_ms);
	if (bench_median_ms(run_dictionary, NULL, 0, 3, &ms) != 0)
		return 1;
	bench_report_value("check", "dictionary", ms, "ms");
	dictionary_free(in.dictionary);
	article_free(article);
	return 0;
}
