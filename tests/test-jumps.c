/*
 * test-jumps.c - the jump list: a jump records where it came from, once
 * per paragraph; C-o walks back (first recording where the walk starts)
 * and C-i forward again; the list keeps the newest JUMPS_MAX; another
 * article's shorter text drops what is past its end.
 */
#include <stdint.h>

#include "fixture.h"
#include "jumps.h"

static void test_back_and_forward(void **state)
{
	struct jumps j;
	size_t to = 0;

	(void)state;
	jumps_init(&j);
	assert_int_equal(jumps_back(&j, 5, &to), 0);	/* nothing jumped yet */
	jumps_init(&j);
	jumps_record(&j, 0);	/* G from 0 to 17 */
	jumps_record(&j, 17);	/* :5 from 17 to 4 */
	assert_int_equal(j.last_from, 17);
	assert_int_equal(jumps_back(&j, 4, &to), 1);	/* C-o: back to 17 */
	assert_int_equal(to, 17);
	assert_int_equal(jumps_back(&j, 17, &to), 1);	/* C-o: back to 0 */
	assert_int_equal(to, 0);
	assert_int_equal(jumps_back(&j, 0, &to), 0);	/* the oldest */
	assert_int_equal(jumps_forward(&j, &to), 1);	/* C-i: 17 */
	assert_int_equal(to, 17);
	assert_int_equal(jumps_forward(&j, &to), 1);	/* C-i: 4, where the walk began */
	assert_int_equal(to, 4);
	assert_int_equal(jumps_forward(&j, &to), 0);	/* the newest */
}

static void test_each_paragraph_once_and_bounded(void **state)
{
	struct jumps j;
	size_t i, to = 0;

	(void)state;
	jumps_init(&j);
	jumps_record(&j, 3);
	jumps_record(&j, 8);
	jumps_record(&j, 3);	/* moves to the newest place, not twice */
	assert_int_equal(j.count, 2);
	assert_int_equal(j.items[0], 8);
	assert_int_equal(j.items[1], 3);
	for (i = 0; i < 3 * JUMPS_MAX; i++)
		jumps_record(&j, 1000 + i);
	assert_int_equal(j.count, JUMPS_MAX);
	assert_int_equal(j.items[0], 1000 + 2 * JUMPS_MAX);
	assert_int_equal(jumps_back(&j, 7, &to), 1);
	assert_int_equal(j.count, JUMPS_MAX);	/* the walk's start pushed the oldest out */
	assert_int_equal(to, 1000 + 3 * JUMPS_MAX - 1);
}

static void test_clip_to_a_shorter_article(void **state)
{
	struct jumps j;

	(void)state;
	jumps_init(&j);
	jumps_record(&j, 2);
	jumps_record(&j, 40);
	jumps_record(&j, 9);
	jumps_clip(&j, 10);
	assert_int_equal(j.count, 2);
	assert_int_equal(j.items[1], 9);
	assert_int_equal(j.last_from, 9);
	jumps_clip(&j, 0);
	assert_int_equal(j.count, 0);
	assert_int_equal(j.last_from, SIZE_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_back_and_forward),
		cmocka_unit_test(test_each_paragraph_once_and_bounded),
		cmocka_unit_test(test_clip_to_a_shorter_article),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
