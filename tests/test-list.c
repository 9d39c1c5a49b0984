/*
 * test-list.c - the filtered scrolling list the annotation list, the
 * library, the history and the help share: walking the listed items,
 * moving and paging the selection with the top following, scrolling a list
 * without selection, and keeping the rows full; then random moves keep the
 * selection listed and on the screen.
 */
#include <stdint.h>
#include <string.h>

#include "fixture.h"
#include "list.h"

/* The filter of these tests: items whose index is a multiple of 3 are
 * hidden. */
static int not_third(const void *items, size_t i)
{
	(void)items;
	return i % 3 != 0;
}

/* A list of count items, rows high, filtered by listed. */
static struct list make_list(size_t count, size_t rows, int (*listed)(const void *, size_t))
{
	struct list l;

	list_init(&l);
	l.count = count;
	l.rows = rows;
	l.listed = listed;
	return l;
}

static void test_walking_the_listed_items(void **state)
{
	struct list l = make_list(10, 4, not_third);

	(void)state;
	assert_int_equal(list_from(&l, 0), 1);
	assert_int_equal(list_from(&l, 3), 4);
	assert_int_equal(list_from(&l, 9), SIZE_MAX);
	assert_int_equal(list_until(&l, 3), 2);
	assert_int_equal(list_until(&l, 0), SIZE_MAX);
	assert_int_equal(list_until(&l, SIZE_MAX), 8);
	assert_int_equal(list_nearest(&l, 6), 7);
	assert_int_equal(list_nearest(&l, 9), 8);
	assert_int_equal(list_step(&l, 1, 3), 5);
	assert_int_equal(list_step(&l, 5, -10), 1);
	assert_int_equal(list_step(&l, 5, 10), 8);
	assert_int_equal(list_count_listed(&l), 6);
	assert_int_equal(list_last_top(&l), 4);	/* 4 5 7 8 fill the rows */
	l.listed = NULL;
	assert_int_equal(list_count_listed(&l), 10);
	assert_int_equal(list_last_top(&l), 6);
	l.count = 0;
	assert_int_equal(list_nearest(&l, 0), SIZE_MAX);
	assert_int_equal(list_last_top(&l), SIZE_MAX);
}

static void test_moving_keeps_the_selection_shown(void **state)
{
	struct list l = make_list(20, 5, NULL);

	(void)state;
	l.selected = 0;
	list_move(&l, 4);
	assert_int_equal(l.selected, 4);
	assert_int_equal(l.top, 0);		/* still on screen: no scrolling */
	list_move(&l, 1);
	assert_int_equal(l.top, 1);		/* one past the bottom: one row */
	list_move(&l, -3);
	assert_int_equal(l.top, 1);
	list_move(&l, -3);
	assert_int_equal(l.selected, 0);
	assert_int_equal(l.top, 0);
	list_move(&l, 100);
	assert_int_equal(l.selected, 19);
	assert_int_equal(l.top, 15);		/* the last row shows the last item */
}

static void test_paging_moves_the_top_too(void **state)
{
	struct list l = make_list(20, 5, NULL);

	(void)state;
	l.selected = 2;
	l.top = 0;
	list_page(&l, 5);
	assert_int_equal(l.selected, 7);
	assert_int_equal(l.top, 5);		/* the selection keeps its row */
	list_page(&l, 100);
	assert_int_equal(l.selected, 19);
	assert_int_equal(l.top, 15);		/* never past the last full page */
	list_page(&l, -2);
	assert_int_equal(l.selected, 17);
	assert_int_equal(l.top, 13);
}

static void test_an_unplaced_top_puts_the_selection_a_third_down(void **state)
{
	struct list l = make_list(30, 9, NULL);

	(void)state;
	l.selected = 15;
	l.top = SIZE_MAX;
	list_show_selected(&l);
	assert_int_equal(l.top, 12);
	l.selected = SIZE_MAX;
	list_show_selected(&l);
	assert_int_equal(l.top, SIZE_MAX);
}

static void test_a_hidden_top_moves_to_a_listed_item(void **state)
{
	struct list l = make_list(10, 3, not_third);

	(void)state;
	l.selected = 4;
	l.top = 3;				/* hidden: the listed one before it */
	list_show_selected(&l);
	assert_int_equal(l.top, 2);
	l.selected = 1;
	l.top = 0;				/* hidden, none before: the one after */
	list_show_selected(&l);
	assert_int_equal(l.top, 1);
}

static void test_scrolling_without_selection(void **state)
{
	struct list l = make_list(50, 23, NULL);

	(void)state;
	list_scroll(&l, 23);
	assert_int_equal(l.top, 23);
	list_scroll(&l, 23);
	assert_int_equal(l.top, 27);		/* the last line on the last row */
	list_scroll(&l, -100);
	assert_int_equal(l.top, 0);
	l.count = 10;				/* all fit: nothing to scroll */
	list_scroll(&l, 1);
	assert_int_equal(l.top, 0);
	l.count = 0;
	list_scroll(&l, 1);
	assert_int_equal(l.top, 0);
}

/* The next number of the generator at *seed, below bound. */
static unsigned next_random(unsigned *seed, unsigned bound)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) % bound;
}

/* Check that the selection is listed and on the screen, and that the
 * screen is full when there are items enough. */
static void check_shown(const struct list *l)
{
	size_t i = l->top, row = 0;

	assert_true(list_is_listed(l, l->selected));
	assert_true(list_is_listed(l, l->top));
	while (i != SIZE_MAX && i != l->selected) {
		i = list_from(l, i + 1);
		row++;
	}
	assert_int_equal(i, l->selected);
	assert_true(row < l->rows);
	assert_true(l->top <= list_last_top(l));
}

static void test_random_moves_keep_the_selection_shown(void **state)
{
	struct list l = make_list(200, 7, not_third);
	unsigned seed = 16;
	int n;

	(void)state;
	l.selected = list_from(&l, 0);
	for (n = 0; n < 5000; n++) {
		long delta = (long)next_random(&seed, 41) - 20;

		l.rows = 1 + next_random(&seed, 12);
		if (next_random(&seed, 2))
			list_move(&l, delta);
		else
			list_page(&l, delta);
		check_shown(&l);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walking_the_listed_items),
		cmocka_unit_test(test_moving_keeps_the_selection_shown),
		cmocka_unit_test(test_paging_moves_the_top_too),
		cmocka_unit_test(test_an_unplaced_top_puts_the_selection_a_third_down),
		cmocka_unit_test(test_a_hidden_top_moves_to_a_listed_item),
		cmocka_unit_test(test_scrolling_without_selection),
		cmocka_unit_test(test_random_moves_keep_the_selection_shown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
