/*
 * test-dates.c - the date check: the calendar, the forms of weekdays and
 * dates read in Indonesian and English, weekdays that do not match their
 * date (with the shared seed's paragraph), years taken from the
 * publication date or the text, year boundaries, impossible dates, far
 * years, weekdays alone, ranges of days ("Senin-Rabu (6-8/10)") checked at
 * both ends, and what must not be reported (right ranges, lists, relative
 * weekdays, "minggu" as a week, numbers that are no dates, correct dates).
 */
#include <locale.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "calendar.h"
#include "date-scan.h"
#include "fixture.h"

#define RS "\xE2\x80\x99"	/* ’ */
#define LQ "\xE2\x80\x9C"	/* “ */
#define RQ "\xE2\x80\x9D"	/* ” */

/* The shared seed's paragraphs with dates (its lines 4 and 19), between
 * others of it. */
static const char seed[] =
	"Presiden Korea Selatan Yun Suk Yeol mengutuk pengiriman pasukan Korea Utara ke "
	"Rusia.\n"
	LQ "Ini adalah provokasi yang mengancam keamanan internasional," RQ " kata Yoon "
	"seperti dikutip Al Jazeera pada Jumat, 25/10/2020.\n"
	"Yoon juga mengatakan jika Korea Utara mengirim pasukan ke Rusia Korea Selatan akan "
	"mempertimbangkan pengiriman senjata ke Ukraina.\n"
	LQ "Kami melihat bukti bahwa pasukan Korea Utara berada di Rusia," RQ " kata Austin, "
	"Rabu. Menurut situs resminya\n"
	"Setidaknya 3.000 tentara Korea Utara telah tiba di Rusia.\n";

/* The findings of check_dates on text (one paragraph per line) with
 * published and language as options, one line each, "TEXT => MESSAGE =>
 * REPLACEMENT" ("-" for none, "(info) " before information, " [see
 * TEXT]" for each further place), joined with newlines.  Valid until the
 * next call. */
static const char *found_in(struct article *a, const char *published, const char *language)
{
	static char out[4096];
	struct check_options options = { .published = published, .language = language };
	struct tanda_error err;
	struct findings f;
	size_t i, used = 0;

	findings_init(&f);
	assert_int_equal(check_dates(a, &options, &f, &err), TANDA_OK);
	out[0] = '\0';
	for (i = 0; i < f.count; i++) {
		const struct finding *x = &f.items[i];
		int n;

		size_t k;

		assert_int_equal(x->kind, FINDING_DATE);
		assert_true(x->start < x->end && x->end <= a->text_len);
		assert_true(x->nplaces >= 1 && x->places[0].start == x->start &&
			    x->places[0].end == x->end);
		n = snprintf(out + used, sizeof out - used, "%s%.*s => %s%s => %s", used ? "\n" : "",
			     (int)(x->end - x->start), a->text + x->start, x->info ? "(info) " : "",
			     x->message, x->replacement ? x->replacement : "-");
		assert_true(n > 0 && (size_t)n < sizeof out - used);
		used += (size_t)n;
		for (k = 1; k < x->nplaces; k++) {
			const struct finding_place *p = &x->places[k];

			n = snprintf(out + used, sizeof out - used, " [see %.*s]",
				     (int)(p->end - p->start), a->text + p->start);
			assert_true(n > 0 && (size_t)n < sizeof out - used);
			used += (size_t)n;
		}
	}
	findings_free(&f);
	return out;
}

/* The findings of text, as found_in says. */
static const char *found(const char *text, const char *published, const char *language)
{
	struct article *a;
	struct tanda_error err;
	const char *out;

	assert_int_equal(article_from_text("news", text, strlen(text), &a, &err), TANDA_OK);
	out = found_in(a, published, language);
	article_free(a);
	return out;
}

/* Indonesian text found nothing wrong in, published or not. */
static void assert_clean(const char *text, const char *published)
{
	assert_string_equal(found(text, published, "id"), "");
}

static void test_calendar(void **state)
{
	long n;

	(void)state;
	assert_int_equal(calendar_weekday(1970, 1, 1), 4);
	assert_int_equal(calendar_weekday(2020, 10, 25), 0);
	assert_int_equal(calendar_weekday(2024, 10, 25), 5);
	assert_int_equal(calendar_weekday(2000, 2, 29), 2);
	assert_int_equal(calendar_weekday(1900, 1, 1), 1);
	assert_int_equal(calendar_weekday(1945, 8, 17), 5);
	assert_true(calendar_is_leap(2000) && calendar_is_leap(2024));
	assert_false(calendar_is_leap(1900) || calendar_is_leap(2023));
	assert_int_equal(calendar_days_in_month(0, 2), 29);
	assert_int_equal(calendar_days_in_month(2023, 2), 28);
	assert_int_equal(calendar_days_in_month(2024, 2), 29);
	assert_int_equal(calendar_days_in_month(2024, 11), 30);
	assert_int_equal(calendar_days_in_month(2024, 13), 0);
	assert_int_equal(calendar_days_in_month(2024, 0), 0);
	assert_int_equal(calendar_day_number(1970, 1, 1), 0);
	assert_int_equal(calendar_day_number(1969, 12, 31), -1);
	for (n = -800000; n < 800000; n += 997) {
		int y, m, d;

		calendar_from_day_number(n, &y, &m, &d);
		assert_int_equal(calendar_day_number(y, m, d), n);
		assert_true(d >= 1 && d <= calendar_days_in_month(y, m));
	}
}

/* Scan text cut at every byte (each cut in a buffer of its own size):
 * nothing is read past the end, and every mention moves on. */
static void assert_cut_anywhere(const char *text)
{
	struct date_mention m;
	size_t cut, len = strlen(text);

	for (cut = 0; cut <= len; cut++) {
		char *copy = malloc(cut ? cut : 1);
		size_t from = 0;

		memcpy(copy, text, cut);
		while (date_scan_next(copy, cut, from, 0, &m)) {
			assert_true(m.end > from && m.end <= cut);
			from = m.end;
		}
		free(copy);
	}
}

static void test_scanner(void **state)
{
	static const char text[] = "pada Jumat, 25/10/2020 dan Friday (Oct. 25) lalu 31 November.";
	struct date_mention m;
	size_t len = strlen(text);

	(void)state;
	assert_true(date_scan_next(text, len, 0, 0, &m));
	assert_int_equal(m.start, 5);
	assert_int_equal(m.end, 22);
	assert_int_equal(m.weekday.wday, 5);
	assert_false(m.weekday.english);
	assert_int_equal(m.weekday.letter_case, DATE_CAPITALIZED);
	assert_int_equal(m.weekday.end, 10);
	assert_int_equal(m.date.start, 12);
	assert_int_equal(m.date.day, 25);
	assert_int_equal(m.date.month, 10);
	assert_int_equal(m.date.year, 2020);
	assert_int_equal(m.date.year_digits, 4);
	assert_int_equal(m.date.year_start, 18);
	assert_int_equal(m.date.year_end, 22);
	assert_true(date_scan_next(text, len, m.end, 0, &m));
	assert_true(m.weekday.english);
	assert_int_equal(m.date.month, 10);
	assert_int_equal(m.date.year_digits, 0);
	assert_memory_equal(text + m.start, "Friday (Oct. 25)", m.end - m.start);
	assert_true(date_scan_next(text, len, m.end, 0, &m));
	assert_int_equal(m.weekday.wday, -1);
	assert_int_equal(m.date.day, 31);
	assert_int_equal(m.date.month, 11);
	assert_false(date_scan_next(text, len, m.end, 0, &m));
	assert_cut_anywhere(text);
}

static void test_english_numeric_order(void **state)
{
	struct date_mention m;
	const char *text = "Friday 10/25/2024 and Friday 05/06/2024";

	(void)state;
	assert_true(date_scan_next(text, strlen(text), 0, 1, &m));
	assert_int_equal(m.date.month, 10);
	assert_int_equal(m.date.day, 25);
	assert_false(m.date.ambiguous);
	assert_true(date_scan_next(text, strlen(text), m.end, 1, &m));
	assert_true(m.date.ambiguous);
	/* in Indonesian always day first */
	assert_true(date_scan_next(text, strlen(text), 0, 0, &m));
	assert_int_equal(m.date.day, 10);
	assert_int_equal(m.date.month, 25);
}

static void test_seed_alone(void **state)
{
	(void)state;
	/* no publication date: both years, no suggestion (the year of the date
	 * under suspicion says nothing), and the weekday alone is not
	 * reported */
	assert_string_equal(found(seed, NULL, NULL),
			    "Jumat, 25/10/2020 => 25/10/2020 was a Sunday (Minggu), not Friday "
			    "(Jumat); no publication date is known; Friday 25/10 falls in 2019 and "
			    "in 2024; if the date is right, the weekday is Sunday (Minggu) => -");
}

static void test_seed_published(void **state)
{
	struct article *a;
	struct tanda_error err;
	struct check_options options = { .published = "2024-10-26" };
	struct findings f;

	(void)state;
	assert_string_equal(found(seed, "2024-10-26", NULL),
			    "Jumat, 25/10/2020 => 25/10/2020 was a Sunday (Minggu), not Friday "
			    "(Jumat); Friday 25/10 falls in 2024; if the date is right, the weekday "
			    "is Sunday (Minggu) => Jumat, 25/10/2024\n"
			    "Rabu => (info) Rabu is Wednesday 23/10/2024 (the publication date is "
			    "26/10/2024) => -");
	/* offsets are bytes of the article's text */
	assert_int_equal(article_from_text("seed", seed, strlen(seed), &a, &err), TANDA_OK);
	findings_init(&f);
	assert_int_equal(check_dates(a, &options, &f, &err), TANDA_OK);
	assert_int_equal(f.count, 2);
	assert_int_equal(f.items[0].start, (size_t)(strstr(seed, "Jumat") - seed));
	assert_int_equal(f.items[0].end, (size_t)(strstr(seed, "2020.") + 4 - seed));
	assert_int_equal(f.items[0].places[0].start, f.items[0].start);
	assert_false(f.items[0].info);
	assert_int_equal(f.items[1].start, (size_t)(strstr(seed, "Rabu") - seed));
	assert_true(f.items[1].info);
	findings_free(&f);
	article_free(a);
}

static void test_front_matter_date(void **state)
{
	struct article *a;
	struct tanda_error err;

	(void)state;
	assert_int_equal(article_from_text("seed", seed, strlen(seed), &a, &err), TANDA_OK);
	a->meta.published = strdup("2024-10-26T08:00:00+07:00");
	assert_non_null(a->meta.published);
	assert_non_null(strstr(found_in(a, NULL, NULL),
			       "falls in 2024; if the date is right, the weekday is Sunday (Minggu) "
			       "=> Jumat, 25/10/2024"));
	/* --published wins over the front matter */
	assert_non_null(strstr(found_in(a, "2019-11-01", NULL),
			       "falls in 2019; if the date is right, the weekday is Sunday (Minggu) "
			       "=> Jumat, 25/10/2019"));
	article_free(a);
}

static void test_bad_published_option(void **state)
{
	struct article *a;
	struct tanda_error err;
	struct check_options options = { .published = "26/10/2024" };
	struct findings f;

	(void)state;
	assert_int_equal(article_from_text("seed", seed, strlen(seed), &a, &err), TANDA_OK);
	findings_init(&f);
	assert_int_equal(check_dates(a, &options, &f, &err), TANDA_EUSAGE);
	options.published = "2023-02-29";
	assert_int_equal(check_dates(a, &options, &f, &err), TANDA_EUSAGE);
	assert_non_null(strstr(err.message, "2023-02-29"));
	assert_int_equal(f.count, 0);
	article_free(a);
}

static void test_indonesian_forms(void **state)
{
	(void)state;
	assert_clean("Pada Jumat, 25/10/2024 dan Jumat (25/10/2024) serta Jumat (25/10).",
		     "2024-10-26");
	assert_clean("Jumat, 25 Oktober 2024, Jum'at 25-10-2024, Jum" RS "at 25-10-2024.", NULL);
	assert_clean("Jumat, 25 Okt 2024; Jumat, 25 Okt. 2024; Jumat tanggal 25 Oktober 2024; "
		     "Jumat, 2024-10-25; Jumat, 25.10.2024; Jumat, 25/10/24.", NULL);
	assert_clean("Kamis malam (24/10), Jumat dini hari (25/10), Ahad (27/10), "
		     "Minggu (27/10), Sabtu (26/10).", "2024-10-28");
	assert_clean("Pada 17 Agustus 1945, pada hari Jumat, 17 Agustus 1945.", "2024-10-26");
	assert_string_equal(found("Jumat (25/10/2020) dan Jum'at 25-10-2020.", NULL, NULL),
			    "Jumat (25/10/2020 => 25/10/2020 was a Sunday (Minggu), not Friday "
			    "(Jumat); no publication date is known; Friday 25/10 falls in 2019 and "
			    "in 2024; if the date is right, the weekday is Sunday (Minggu) => -\n"
			    "Jum'at 25-10-2020 => 25-10-2020 was a Sunday (Minggu), not Friday "
			    "(Jumat); no publication date is known; Friday 25/10 falls in 2019 and "
			    "in 2024; if the date is right, the weekday is Sunday (Minggu) => -");
	assert_string_equal(found("Jum" RS "at, 25 Oktober 2020 itu.", "2024-10-26", NULL),
			    "Jum" RS "at, 25 Oktober 2020 => 25 Oktober 2020 was a Sunday (Minggu), "
			    "not Friday (Jumat); Friday 25/10 falls in 2024; if the date is right, "
			    "the weekday is Sunday (Minggu) => Jum" RS "at, 25 Oktober 2024");
	/* near the publication date, the weekday is the mistake */
	assert_string_equal(found("Selasa, 25/10/2024 dia datang.", "2024-10-26", NULL),
			    "Selasa, 25/10/2024 => 25/10/2024 was a Friday (Jumat), not Tuesday "
			    "(Selasa); Tuesday 25/10 falls in 2022 and in 2033 => Jumat, 25/10/2024");
	/* a weekday one day off its date is the slip, or else the day */
	assert_string_equal(found("Kamis, 25/10/2024 dia datang.", "2024-10-26", NULL),
			    "Kamis, 25/10/2024 => 25/10/2024 was a Friday (Jumat), not Thursday "
			    "(Kamis); if the weekday is right, the date is 24/10/2024 => Jumat, "
			    "25/10/2024");
	/* a year after the publication's that fits it is the wrong part */
	assert_string_equal(found("Senin (20/10/2026) dia datang.", "2025-10-20", NULL),
			    "Senin (20/10/2026 => 20/10/2026 was a Tuesday (Selasa), not Monday "
			    "(Senin); Monday 20/10 falls in 2025; if the date is right, the weekday "
			    "is Tuesday (Selasa) => Senin (20/10/2025");
	/* last year's year on this year's news, even a day off: the year */
	assert_string_equal(found("Senin (6/10/2024) pembukaan, Selasa (7/10) diskusi.",
				  "2025-10-10", NULL),
			    "Senin (6/10/2024 => 6/10/2024 was a Sunday (Minggu), not Monday "
			    "(Senin); Monday 6/10 falls in 2025; if the date is right, the weekday "
			    "is Sunday (Minggu) => Senin (6/10/2025");
	assert_string_equal(found("They met on Tuesday 8 March 2004.", "2005-03-10", "en"),
			    "Tuesday 8 March 2004 => 8 March 2004 was a Monday, not Tuesday; "
			    "Tuesday, March 8 falls in 2005; if the date is right, the weekday is "
			    "Monday => Tuesday 8 March 2005");
	/* not so for history: a weekday a day off an old date is the slip */
	assert_string_equal(found("Serangan pada Rabu, 11 September 2001 itu.", "2024-10-26",
				  NULL),
			    "Rabu, 11 September 2001 => 11 September 2001 was a Tuesday (Selasa), "
			    "not Wednesday (Rabu); if the weekday is right, the date is 12/9/2001 => "
			    "Selasa, 11 September 2001");
	/* the weekday after the date, in parentheses */
	assert_string_equal(found("Rapat pada 30 Agustus 2025 (Jumat) lancar.", "2025-10-26",
				  NULL),
			    "30 Agustus 2025 (Jumat => 30 Agustus 2025 was a Saturday (Sabtu), not "
			    "Friday (Jumat); if the weekday is right, the date is 29/8/2025 => "
			    "30 Agustus 2025 (Sabtu");
	assert_clean("Rapat pada 29 Agustus 2025 (Jumat) lancar.", "2025-10-26");
	assert_string_equal(found("Kamis malam (25/10).", "2024-10-26", NULL),
			    "Kamis malam (25/10 => 25/10 in 2024 was a Friday (Jumat), not Thursday "
			    "(Kamis); if the weekday is right, the date is 24/10/2024 => Jumat malam "
			    "(25/10");
}

static void test_english_forms(void **state)
{
	(void)state;
	assert_string_equal(found("It was Friday, October 25, 2024. Friday 25 October 2024. "
				  "Fri, 25 Oct 2024. He left on Friday (Oct. 25). Friday, Oct. "
				  "25th. Friday the 25th of October. FRIDAY, OCT. 25, 2024.",
				  "2024-10-26", "en"), "");
	assert_string_equal(found("It happened on Friday, October 25, 2020.", "2024-10-26", "en"),
			    "Friday, October 25, 2020 => October 25, 2020 was a Sunday, not Friday; "
			    "Friday, October 25 falls in 2024; if the date is right, the weekday is "
			    "Sunday => Friday, October 25, 2024");
	assert_string_equal(found("It happened on Friday, October 25, 2020.", NULL, "en"),
			    "Friday, October 25, 2020 => October 25, 2020 was a Sunday, not Friday; "
			    "no publication date is known; Friday, October 25 falls in 2019 and in "
			    "2024; if the date is right, the weekday is Sunday => -");
	assert_string_equal(found("Sat, 25 Oct 2024 and on Sat (Oct. 25).", "2024-10-30", "en"),
			    "Sat, 25 Oct 2024 => 25 Oct 2024 was a Friday, not Saturday; if the "
			    "weekday is right, the date is October 26, 2024 => Fri, 25 Oct 2024\n"
			    "Sat (Oct. 25 => Oct. 25 in 2024 was a Friday, not Saturday; if the "
			    "weekday is right, the date is October 26, 2024 => Fri (Oct. 25");
	/* names of either language in either article */
	assert_string_equal(found("Pada Saturday (25/10).", "2024-10-26", "id"),
			    "Saturday (25/10 => 25/10 in 2024 was a Friday (Jumat), not Saturday "
			    "(Sabtu); if the weekday is right, the date is 26/10/2024 => Friday "
			    "(25/10");
	assert_string_equal(found("On Sabtu (Oct. 25).", "2024-10-26", "en"),
			    "Sabtu (Oct. 25 => Oct. 25 in 2024 was a Friday, not Saturday; if the "
			    "weekday is right, the date is October 26, 2024 => Jumat (Oct. 25");
}

static void test_numeric_order(void **state)
{
	(void)state;
	/* month first in English when only that is a date */
	assert_string_equal(found("On Friday, 10/25/2024.", "2024-10-26", "en"), "");
	assert_string_equal(found("On Friday (10/25).", "2024-10-26", "en"), "");
	/* both readings possible: left alone */
	assert_string_equal(found("On Friday, 05/06/2024 and Monday (5/6).", "2024-10-26", "en"), "");
	/* day first in Indonesian, whatever reads better */
	assert_string_equal(found("Pada Jumat, 10/25/2024.", "2024-10-26", "id"),
			    "10/25/2024 => 10/25/2024 is not a date: there is no month 25 => -");
	assert_clean("Pada Rabu, 05/06/2024.", "2024-10-26");
}

static void test_two_digit_years(void **state)
{
	(void)state;
	assert_clean("Jumat, 25/10/24 dan Sabtu (26/10/24).", NULL);
	assert_clean("Jumat, 25/10/24.", "2024-10-26");
	assert_string_equal(found("Rabu, 25/10/24 lalu.", "2024-10-26", NULL),
			    "Rabu, 25/10/24 => 25/10/24 was a Friday (Jumat), not Wednesday (Rabu); "
			    "Wednesday 25/10 falls in 2023 and in 2028 => Jumat, 25/10/24");
	assert_string_equal(found("Jumat, 25/10/20.", NULL, NULL),
			    "Jumat, 25/10/20 => 25/10/20 was a Sunday (Minggu), not Friday (Jumat); "
			    "no publication date is known; Friday 25/10 falls in 2019 and in 2024; "
			    "if the date is right, the weekday is Sunday (Minggu) => -");
	/* a two-digit year needs slashes */
	assert_clean("Skor 25-10-20 dan Jumat 25-10-20.", "2024-10-26");
}

static void test_dates_without_a_year(void **state)
{
	(void)state;
	/* the publication year */
	assert_clean("Jumat (25/10), Sabtu (26/10).", "2024-10-26");
	assert_string_equal(found("Pada Minggu (25/10) dia datang.", "2024-10-26", NULL),
			    "Minggu (25/10 => 25/10 in 2024 was a Friday (Jumat), not Sunday "
			    "(Minggu) => Jumat (25/10");
	assert_string_equal(found("MINGGU (25/10) dan jumat (27/10).", "2024-10-26", NULL),
			    "MINGGU (25/10 => 25/10 in 2024 was a Friday (Jumat), not Sunday "
			    "(Minggu) => JUMAT (25/10\n"
			    "jumat (27/10 => 27/10 in 2024 was a Sunday (Minggu), not Friday "
			    "(Jumat) => minggu (27/10");
	/* else the latest full date of the text */
	assert_clean("Pada Minggu (25/10) dia datang.\nLaporan 1 November 2020.", NULL);
	assert_string_equal(found("Jumat (25/10) dia datang.\nLaporan 1 November 2020.", NULL, NULL),
			    "Jumat (25/10 => 25/10 in 2020 was a Sunday (Minggu), not Friday "
			    "(Jumat) => Minggu (25/10 [see 1 November 2020]");
	/* else nothing to check against */
	assert_clean("Jumat (27/10) dia datang.", NULL);
	/* a quote of last year: the year before fits, the date ahead does not */
	assert_clean(LQ "Sudah ditetapkan," RQ " kata dia, Senin (2/12).", "2025-10-22");
	assert_clean("Hal itu disampaikan di DPR, Rabu (15/5).", "2025-10-22");
	/* recent news keeps this year's reading */
	assert_string_equal(found("Hal itu disampaikan di DPR, Rabu (16/10).", "2025-10-22", NULL),
			    "Rabu (16/10 => 16/10 in 2025 was a Thursday (Kamis), not Wednesday "
			    "(Rabu); if the weekday is right, the date is 15/10/2025 => Kamis (16/10");
	/* one wrong year, one finding: the dates it explains are its places */
	assert_string_equal(found("Jadwal: Jumat, 25/10/2020 pembukaan, Sabtu (26/10) lomba, "
				  "Minggu (27/10) penutupan.", NULL, NULL),
			    "Jumat, 25/10/2020 => 25/10/2020 was a Sunday (Minggu), not Friday "
			    "(Jumat); no publication date is known; Friday 25/10 falls in 2019 and "
			    "in 2024; if the date is right, the weekday is Sunday (Minggu) => - "
			    "[see Sabtu (26/10] [see Minggu (27/10]");
	/* 29/2 takes the leap year nearby */
	assert_string_equal(found("Jumat, 29/2 lalu.", "2023-03-01", NULL),
			    "Jumat, 29/2 => 29/2 in 2024 was a Thursday (Kamis), not Friday "
			    "(Jumat); if the weekday is right, the date is 1/3/2024 => Kamis, 29/2");
}

static void test_year_boundary(void **state)
{
	(void)state;
	assert_clean("Sesi Senin (30/12) dan Kamis (2/1).", "2025-01-02");
	assert_string_equal(found("Selasa (30/12) dia datang.", "2025-01-02", NULL),
			    "Selasa (30/12 => 30/12 in 2024 was a Monday (Senin), not Tuesday "
			    "(Selasa); if the weekday is right, the date is 31/12/2024 => Senin "
			    "(30/12");
	assert_clean("Pada Rabu (1/1) mendatang.", "2024-12-30");
	/* a full date just across the boundary changes the weekday */
	assert_string_equal(found("Selasa, 30/12/2024.", "2025-01-02", NULL),
			    "Selasa, 30/12/2024 => 30/12/2024 was a Monday (Senin), not Tuesday "
			    "(Selasa); if the weekday is right, the date is 31/12/2024 => Senin, "
			    "30/12/2024");
	/* last year's year typed in January changes the year */
	assert_string_equal(found("Jumat, 3/1/2024.", "2025-01-04", NULL),
			    "Jumat, 3/1/2024 => 3/1/2024 was a Wednesday (Rabu), not Friday "
			    "(Jumat); Friday 3/1 falls in 2025; if the date is right, the weekday is "
			    "Wednesday (Rabu) => Jumat, 3/1/2025");
}

static void test_impossible_dates(void **state)
{
	(void)state;
	assert_string_equal(found("Pada 31/11/2024, 29/02/2023, 25/13/2024, 0/10/2024, "
				  "31 November 2024, 30 Februari dan 32.12.2024.", NULL, NULL),
			    "31/11/2024 => 31/11/2024 is not a date: November has 30 days => -\n"
			    "29/02/2023 => 29/02/2023 is not a date: February 2023 has 28 days => -\n"
			    "25/13/2024 => 25/13/2024 is not a date: there is no month 13 => -\n"
			    "0/10/2024 => 0/10/2024 is not a date: there is no day 0 => -\n"
			    "31 November 2024 => 31 November 2024 is not a date: November has 30 "
			    "days => -\n"
			    "30 Februari => 30 Februari is not a date: February has at most 29 "
			    "days => -\n"
			    "32.12.2024 => 32.12.2024 is not a date: December has 31 days => -");
	assert_string_equal(found("Jumat (31/11) dan Sabtu, 29/02/2023.", "2024-10-26", NULL),
			    "31/11 => 31/11 is not a date: November has 30 days => -\n"
			    "29/02/2023 => 29/02/2023 is not a date: February 2023 has 28 days => -");
	assert_string_equal(found("On Friday, 02/30/2023 and Nov. 31, 2024.", NULL, "en"),
			    "02/30/2023 => 02/30/2023 is not a date: February 2023 has 28 days => -\n"
			    "Nov. 31, 2024 => Nov. 31, 2024 is not a date: November has 30 days => -");
	assert_clean("Pada 29/02/2024 dan 29 Februari.", NULL);
}

static void test_numbers_that_are_no_dates(void **state)
{
	(void)state;
	assert_clean("Skor 3-1, rasio 1/2, 3/4 warga, pukul 10.30 WIB, versi 1.2.3 dan 10.13.2, "
		     "harga Rp1.000.000, Rp31.13.2024, https://x.id/2024/13/45/berita, "
		     "pasal 45/13, 31/13, 99-13-2024, 0812-3456-7890, 3:16, 25/10, v31/11/2024, "
		     "1/2/3/4/5, 24/7/365 dan 45/13/20245.", "2024-10-26");
	assert_clean("Pada Maret 2024, Mei 45 orang, Jun 31 tahun dan march 40 km.", "2024-10-26");
}

static void test_far_years(void **state)
{
	(void)state;
	assert_string_equal(found("Pada 25 Oktober 3025 acara.", "2025-01-01", NULL),
			    "3025 => 3025 is 1000 years after the publication year 2025 => -");
	/* years before are history: "Tan Malaka lahir 2 Juni 1897" */
	assert_clean("Pada 25/10/1845 dan 2 Juni 1897.", "2025-01-01");
	assert_clean("Pada 25 Oktober 1925 dan 25/10/2125.", "2025-01-01");
	/* without a publication date nothing is far */
	assert_clean("Pada 25 Oktober 3025.", NULL);
	/* with a wrong weekday, the year is corrected */
	assert_string_equal(found("Jumat, 25/10/3024.", "2024-10-26", NULL),
			    "Jumat, 25/10/3024 => 25/10/3024 was a Monday (Senin), not Friday "
			    "(Jumat); Friday 25/10 falls in 2024; if the date is right, the weekday "
			    "is Monday (Senin) => Jumat, 25/10/2024");
}

static void test_weekday_alone(void **state)
{
	(void)state;
	assert_string_equal(found(LQ "Ya," RQ " kata Austin, Rabu. Menurut dia, Sabtu pagi.",
				  "2024-10-26", NULL),
			    "Rabu => (info) Rabu is Wednesday 23/10/2024 (the publication date is "
			    "26/10/2024) => -\n"
			    "Sabtu => (info) Sabtu is Saturday 26/10/2024 (the publication date is "
			    "26/10/2024) => -");
	assert_string_equal(found("\"Yes,\" Austin said on Wednesday.", "2024-10-26", "en"),
			    "Wednesday => (info) Wednesday is October 23, 2024 (the publication date "
			    "is October 26, 2024) => -");
	/* a time is no count */
	assert_string_equal(found("Pukul 10.00 Senin (27/10) dan 2 Senin (27/10).", "2024-10-26",
				  NULL),
			    "Senin (27/10 => 27/10 in 2024 was a Sunday (Minggu), not Monday "
			    "(Senin); if the weekday is right, the date is 28/10/2024 => Minggu "
			    "(27/10");
	/* not without a publication date */
	assert_clean(LQ "Ya," RQ " kata Austin, Rabu.", NULL);
	/* not relative, recurring, counted or abbreviated */
	assert_clean("Jumat lalu, Minggu depan, Minggu ini, Jumat pekan lalu, Kamis kemarin, dua "
		     "minggu, 2 Minggu, setiap Jumat, tiap Senin, Minggu-minggu ini, minggu depan, "
		     "Minggu kedua Oktober.", "2024-10-26");
	assert_string_equal(found("Last Friday, every Monday, next Tuesday, this Thursday, Friday "
				  "next, on Fridays, Sun rises, Wed at noon, Sat down.",
				  "2024-10-26", "en"), "");
}

static void test_ranges_and_lists(void **state)
{
	(void)state;
	assert_clean("Senin-Rabu (21-23/10), Senin hingga Rabu (21-23 Oktober), Senin sampai dengan "
		     "Rabu, Senin s.d. Rabu, Sabtu dan Minggu (26-27/10), Senin (21-23/10), "
		     "Kamis" "\xE2\x80\x93" "Jumat (24" "\xE2\x80\x93" "25/10), Rabu, Kamis, dan "
		     "Jumat.", "2024-10-26");
	assert_string_equal(found("From Monday to Wednesday, Oct. 21-23, and Monday, Oct. 21-23, "
				  "and Mon-Wed.", "2024-10-26", "en"), "");
	/* each weekday with its own date is checked */
	assert_string_equal(found("Senin (21/10) hingga Rabu (24/10).", "2024-10-26", NULL),
			    "Rabu (24/10 => 24/10 in 2024 was a Thursday (Kamis), not Wednesday "
			    "(Rabu); if the weekday is right, the date is 23/10/2024 => Kamis "
			    "(24/10");
}

static void test_range_scanner(void **state)
{
	static const char text[] = "Lomba Senin" "\xE2\x80\x93" "Rabu (6" "\xE2\x80\x93" "8/10) dan "
				   "Monday to Wednesday, Oct. 7-9, 2024.";
	struct date_mention m;
	size_t len = strlen(text);

	(void)state;
	assert_true(date_scan_next(text, len, 0, 0, &m));
	assert_int_equal(m.weekday.wday, 1);
	assert_int_equal(m.last.weekday.wday, 3);
	assert_memory_equal(text + m.last.weekday.start, "Rabu", 4);
	assert_int_equal(m.last.weekday.end, m.last.weekday.start + 4);
	assert_int_equal(m.date.day, 6);
	assert_int_equal(m.last.day, 8);
	assert_int_equal(m.date.month, 10);
	assert_int_equal(m.date.year_digits, 0);
	assert_memory_equal(text + m.last.day_start, "8", 1);
	assert_memory_equal(text + m.start, "Senin" "\xE2\x80\x93" "Rabu (6" "\xE2\x80\x93" "8/10",
			    m.end - m.start);
	assert_true(date_scan_next(text, len, m.end, 0, &m));
	assert_true(m.weekday.english && m.last.weekday.english);
	assert_int_equal(m.last.weekday.wday, 3);
	assert_int_equal(m.date.day, 7);
	assert_int_equal(m.last.day, 9);
	assert_int_equal(m.date.year, 2024);
	assert_memory_equal(text + m.date.start, "Oct. 7-9, 2024", m.date.end - m.date.start);
	assert_false(date_scan_next(text, len, m.end, 0, &m));
	assert_cut_anywhere(text);
	assert_cut_anywhere("Kamis" "\xE2\x80\x93" "Sabtu, 9" "\xE2\x80\x93" "11 Oktober 2025 dan "
			    "Senin-Rabu (6-8/10/25)");
}

static void test_ranges(void **state)
{
	(void)state;
	/* the year from the publication date, both ends one day off */
	assert_string_equal(found("Pameran Senin" "\xE2\x80\x93" "Rabu (7" "\xE2\x80\x93" "9/10).",
				  "2025-10-05", NULL),
			    "Senin" "\xE2\x80\x93" "Rabu (7" "\xE2\x80\x93" "9/10 => 7" "\xE2\x80\x93"
			    "9/10 in 2025 was a Tuesday (Selasa) to Thursday (Kamis), not Monday "
			    "(Senin) to Wednesday (Rabu); if the weekdays are right, the dates are 6"
			    "\xE2\x80\x93" "8/10/2025 => Selasa" "\xE2\x80\x93" "Kamis (7" "\xE2\x80\x93"
			    "9/10");
	/* right ranges, in every form */
	assert_clean("Senin" "\xE2\x80\x93" "Rabu (6" "\xE2\x80\x93" "8/10), Senin-Rabu (6-8/10/2025), "
		     "Kamis" "\xE2\x80\x93" "Sabtu, 9" "\xE2\x80\x93" "11 Oktober 2025, Sabtu dan Minggu "
		     "(11-12/10), Senin hingga Rabu (13-15 Okt).", "2025-10-05");
	assert_string_equal(found("Monday-Wednesday (6-8 October) and Thursday to Saturday, Oct. "
				  "9-11, 2025.", "2025-10-05", "en"), "");
	/* one end wrong: the span says which */
	assert_string_equal(found("Festival Senin-Rabu (6-9/10).", "2025-10-05", NULL),
			    "Senin-Rabu (6-9/10 => 6-9/10 in 2025 ends on a Thursday (Kamis), not "
			    "Wednesday (Rabu); Monday to Wednesday is 2 days apart, 6 to 9 is 3 => "
			    "Senin-Kamis (6-9/10");
	assert_string_equal(found("Held Thursday-Sunday (7-9 March).", "2025-03-01", "en"),
			    "Thursday-Sunday (7-9 March => 7-9 March in 2025 starts on a Friday, not "
			    "Thursday; Thursday to Sunday is 3 days apart, 7 to 9 is 2 => "
			    "Friday-Sunday (7-9 March");
	/* a year after publication that fits the weekdays in its year */
	assert_string_equal(found("Sidang Senin-Rabu (6-8/10/2026).", "2025-10-05", NULL),
			    "Senin-Rabu (6-8/10/2026 => 6-8/10/2026 was a Tuesday (Selasa) to "
			    "Thursday (Kamis), not Monday (Senin) to Wednesday (Rabu); Monday 6/10 "
			    "falls in 2025; if the dates are right, the weekdays are Tuesday (Selasa) "
			    "to Thursday (Kamis) => Senin-Rabu (6-8/10/2025");
	/* no publication date: both years, no suggestion, never the range's own */
	assert_string_equal(found("Sidang Senin-Rabu (6-8/10/2026).", NULL, NULL),
			    "Senin-Rabu (6-8/10/2026 => 6-8/10/2026 was a Tuesday (Selasa) to "
			    "Thursday (Kamis), not Monday (Senin) to Wednesday (Rabu); no publication "
			    "date is known; Monday 6/10 falls in 2025 and in 2031; if the dates are "
			    "right, the weekdays are Tuesday (Selasa) to Thursday (Kamis) => -");
	assert_clean("Festival Senin-Rabu (6-8/10) ramai.", NULL);
	assert_string_equal(found("Festival Senin-Rabu (6-9/10) ramai.", NULL, NULL),
			    "Senin-Rabu (6-9/10 => 6-9/10: Monday to Wednesday is 2 days apart, 6 to 9 "
			    "is 3; no publication date is known => -");
	/* impossible days */
	assert_string_equal(found("Lomba Kamis-Sabtu (30-32/10/2025).", "2025-10-05", NULL),
			    "30-32/10/2025 => 30-32/10/2025 is not a date: October has 31 days => -");
	/* three weekdays are a list, not a range */
	assert_clean("Rabu, Kamis, dan Jumat (9-11/10).", "2025-10-05");
}

static void test_correct_dates(void **state)
{
	(void)state;
	/* old dates quoted correctly */
	assert_clean("Serangan itu terjadi pada Selasa, 11 September 2001, dan Jumat, 17 Agustus "
		     "1945.", "2024-10-26");
	assert_string_equal(found("It happened on Tuesday, Sept. 11, 2001.", "2024-10-26", "en"), "");
	/* the seed's date read with a year where it is a Friday */
	assert_clean("pada Jumat, 25/10/2019.", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_scanner),
		cmocka_unit_test(test_english_numeric_order),
		cmocka_unit_test(test_seed_alone),
		cmocka_unit_test(test_seed_published),
		cmocka_unit_test(test_front_matter_date),
		cmocka_unit_test(test_bad_published_option),
		cmocka_unit_test(test_indonesian_forms),
		cmocka_unit_test(test_english_forms),
		cmocka_unit_test(test_numeric_order),
		cmocka_unit_test(test_two_digit_years),
		cmocka_unit_test(test_dates_without_a_year),
		cmocka_unit_test(test_year_boundary),
		cmocka_unit_test(test_impossible_dates),
		cmocka_unit_test(test_numbers_that_are_no_dates),
		cmocka_unit_test(test_far_years),
		cmocka_unit_test(test_weekday_alone),
		cmocka_unit_test(test_ranges_and_lists),
		cmocka_unit_test(test_range_scanner),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_correct_dates),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
