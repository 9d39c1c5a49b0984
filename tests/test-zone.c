/*
 * test-zone.c - times in the local zone (src/zone.c) and the notice's
 * date (apply_date_at): at 18:30 UTC it is already the next day in
 * Jakarta (UTC+7), and the notice says so; stamps shown with the zone's
 * abbreviation; zone names checked.  Skipped without the zone database.
 */
#include <string.h>
#include <time.h>

#include "apply.h"
#include "fixture.h"
#include "zone.h"

/* Make name the local zone. */
static void use_zone(const char *name)
{
	assert_int_equal(setenv("TZ", name, 1), 0);
	tzset();
}

/* Skip the test when the system lacks the zone name. */
static void need_zone(const char *name)
{
	if (!zone_is_known(name)) {
		print_message("no zone %s here (tzdata is not installed)\n", name);
		skip();
	}
}

/* 2024-12-07 18:30 UTC. */
static time_t evening(void)
{
	struct tm tm = { .tm_year = 124, .tm_mon = 11, .tm_mday = 7, .tm_hour = 18, .tm_min = 30 };

	return timegm(&tm);
}

static void test_notice_date_is_local(void **state)
{
	struct apply_date d;

	(void)state;
	need_zone("Asia/Jakarta");
	use_zone("UTC");
	apply_date_at(evening(), &d);
	assert_int_equal(d.day, 7);
	use_zone("Asia/Jakarta");
	apply_date_at(evening(), &d);
	assert_int_equal(d.year, 2024);
	assert_int_equal(d.month, 12);
	assert_int_equal(d.day, 8);
}

static void test_stamps_shown_local(void **state)
{
	char buf[ZONE_TIME_SIZE];

	(void)state;
	need_zone("Asia/Makassar");
	use_zone("Asia/Jakarta");
	zone_format("2024-12-07T18:42:26Z", buf, sizeof buf);
	assert_string_equal(buf, "2024-12-08 01:42 WIB");
	use_zone("Asia/Makassar");
	zone_format("2024-12-07T18:42:26Z", buf, sizeof buf);
	assert_string_equal(buf, "2024-12-08 02:42 WITA");
	use_zone("UTC");
	zone_format("2024-12-07T18:42:26Z", buf, sizeof buf);
	assert_string_equal(buf, "2024-12-07 18:42 UTC");
	zone_format("yesterday", buf, sizeof buf);
	assert_string_equal(buf, "yesterday");
	zone_format("", buf, sizeof buf);
	assert_string_equal(buf, "");
}

static void test_zone_names(void **state)
{
	(void)state;
	assert_true(zone_is_known("UTC0"));
	assert_true(zone_is_known("WIB-7"));
	assert_true(zone_is_known("<+07>-7"));
	assert_false(zone_is_known("Asia/Nowhere"));
	assert_false(zone_is_known("../../etc/passwd"));
	assert_false(zone_is_known(""));
	assert_false(zone_is_known("Jakarta"));
	need_zone("Asia/Jakarta");
	assert_true(zone_is_known("Asia/Jakarta"));
	assert_true(zone_is_known(":Asia/Jakarta"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_notice_date_is_local),
		cmocka_unit_test(test_stamps_shown_local),
		cmocka_unit_test(test_zone_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
