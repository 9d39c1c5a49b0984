/*
 * test-view.c - the reader's viewport over a generated article of 200
 * paragraphs of varying lengths wrapped at 30 columns: focusing shows the
 * paragraph, paging moves the focus to what is on screen, scrolling stops
 * with the last line at the bottom, a new height keeps the focus in view;
 * then random sequences of all of these keep those invariants.
 */
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "fixture.h"
#include "view.h"

#define PARAGRAPHS 200
#define WIDTH 30
#define ROWS 10

/* What each test works on. */
struct world {
	struct article *article;
	struct wrap_cache *wrap;
	struct view view;
};

/* The next number of the generator at *seed, below bound. */
static unsigned next_random(unsigned *seed, unsigned bound)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) % bound;
}

/* Write PARAGRAPHS paragraphs, one per line, of 1 to 90 words (so some
 * are longer than the screen), to the open file out. */
static void write_paragraphs(FILE *out)
{
	unsigned seed = 2024;
	int p, w, words;

	for (p = 0; p < PARAGRAPHS; p++) {
		words = 1 + (int)next_random(&seed, p % 10 == 3 ? 90 : 25);
		fprintf(out, "p%d", p);
		for (w = 1; w < words; w++)
			fprintf(out, " %.*s", 1 + (int)next_random(&seed, 9), "abcdefghijkl");
		fputc('\n', out);
	}
}

/* Generate the article in a temporary file, load it, wrap it and view it. */
static int setup(void **state)
{
	char path[] = "/tmp/tanda-test-view-XXXXXX";
	struct article_options options;
	struct tanda_error err;
	struct world *world = calloc(1, sizeof *world);
	int fd = mkstemp(path);
	FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;

	if (world == NULL || out == NULL)
		return -1;
	write_paragraphs(out);
	if (fclose(out) != 0)
		return -1;
	article_options_default(&options);
	options.layout = ARTICLE_LAYOUT_LINES;
	if (article_load(path, &options, &world->article, &err) != TANDA_OK)
		return -1;
	unlink(path);
	world->wrap = wrap_cache_new(world->article, WIDTH);
	if (world->wrap == NULL)
		return -1;
	view_init(&world->view, world->wrap, world->article->count, ROWS);
	*state = world;
	return 0;
}

/* Free what setup made. */
static int teardown(void **state)
{
	struct world *world = *state;

	wrap_cache_free(world->wrap);
	article_free(world->article);
	free(world);
	return 0;
}

/* The view of the world in state. */
static struct view *view_of(void **state)
{
	return &((struct world *)*state)->view;
}

/* Whether a comes before b in the layout. */
static int before(struct view_pos a, struct view_pos b)
{
	return a.para < b.para || (a.para == b.para && a.line < b.line);
}

/* The layout position of line line of paragraph para. */
static struct view_pos pos(size_t para, size_t line)
{
	struct view_pos p = { para, line };

	return p;
}

/* The last line on the screen. */
static struct view_pos bottom(const struct view *v)
{
	size_t moved;

	return view_step(v, v->top, v->rows - 1, &moved);
}

/* Whether p is on the screen. */
static int on_screen(const struct view *v, struct view_pos p)
{
	return !before(p, v->top) && !before(bottom(v), p);
}

/* The number of text lines of paragraph para (without its blank line). */
static size_t text_lines(const struct view *v, size_t para)
{
	return wrap_line_count(v->wrap, para);
}

/* The top line that puts the article's last line at the bottom. */
static struct view_pos last_top(const struct view *v)
{
	size_t moved;

	return view_step(v, pos(v->count - 1, text_lines(v, v->count - 1) - 1),
			 -(long)(v->rows - 1), &moved);
}

/* Check that top is a line of the layout and that, if it moved down from
 * old, it did not go past the last top. */
static void check_top(const struct view *v, struct view_pos old)
{
	assert_true(v->top.para < v->count);
	assert_true(v->top.line < view_para_lines(v, v->top.para));
	if (before(old, v->top))
		assert_false(before(last_top(v), v->top));
}

/* Check that the focused paragraph is all on screen when it fits, else
 * that it starts at the top. */
static void check_focus_shown(const struct view *v)
{
	size_t lines = text_lines(v, v->focus);

	assert_true(v->focus < v->count);
	if (lines <= (size_t)v->rows) {
		assert_true(on_screen(v, pos(v->focus, 0)));
		assert_true(on_screen(v, pos(v->focus, lines - 1)));
	} else {
		assert_int_equal(v->top.para, v->focus);
		assert_int_equal(v->top.line, 0);
	}
}

/* The paragraph view_page should focus: the first that starts on screen,
 * else the one at the top. */
static size_t expected_page_focus(const struct view *v)
{
	if (v->top.line == 0)
		return v->top.para;
	if (v->top.para + 1 < v->count && on_screen(v, pos(v->top.para + 1, 0)))
		return v->top.para + 1;
	return v->top.para;
}

/* Page by delta and check where the top and the focus went. */
static void page_and_check(struct view *v, long delta)
{
	struct view_pos old = v->top, limit = last_top(v), want;
	size_t moved, focus = v->focus, expected;

	want = view_step(v, old, delta, &moved);
	if (before(limit, want) && delta > 0)
		want = before(old, limit) ? limit : old;
	view_page(v, delta);
	assert_int_equal(v->top.para, want.para);
	assert_int_equal(v->top.line, want.line);
	if (v->top.para == old.para && v->top.line == old.line) {
		assert_int_equal(v->focus, delta > 0 ? v->count - 1 : 0);
	} else {
		expected = expected_page_focus(v);
		if (delta > 0 ? expected < focus : expected > focus)
			expected = focus;	/* never against the paging */
		assert_int_equal(v->focus, expected);
		assert_true(delta > 0 ? v->focus >= focus : v->focus <= focus);
	}
	check_top(v, old);
}

/* The first paragraph whose line count satisfies longer (taller than the
 * screen) or not, at or after from. */
static size_t find_para(const struct view *v, size_t from, int longer)
{
	size_t p;

	for (p = from; p < v->count; p++)
		if ((text_lines(v, p) > (size_t)v->rows) == longer)
			return p;
	fail_msg("no paragraph %s than the screen", longer ? "longer" : "shorter");
	return 0;
}

/* The first paragraph at or after from that fits on the screen together
 * with the next one. */
static size_t find_pair(const struct view *v, size_t from)
{
	size_t p;

	for (p = from; p + 1 < v->count; p++)
		if (text_lines(v, p) + 1 + text_lines(v, p + 1) <= (size_t)v->rows)
			return p;
	fail_msg("no two paragraphs fit on the screen together");
	return 0;
}

static void test_article_has_both_kinds(void **state)
{
	struct view *v = view_of(state);

	assert_int_equal(v->count, PARAGRAPHS);
	assert_true(find_para(v, 0, 1) < PARAGRAPHS);
	assert_true(find_para(v, 0, 0) < PARAGRAPHS);
}

static void test_focus_shows_paragraph_that_fits(void **state)
{
	struct view *v = view_of(state);
	size_t p, far = find_para(v, 120, 0);

	/* going down: the paragraph ends at the bottom */
	view_focus(v, far);
	check_focus_shown(v);
	assert_int_equal(bottom(v).para, far);
	assert_int_equal(bottom(v).line, text_lines(v, far) - 1);
	/* going up: it starts at the top */
	p = find_para(v, 40, 0);
	view_focus(v, p);
	check_focus_shown(v);
	assert_int_equal(v->top.para, p);
	assert_int_equal(v->top.line, 0);
	/* already on screen: nothing moves */
	p = find_pair(v, 40);
	view_focus(v, v->count - 1);
	view_focus(v, p);
	assert_int_equal(v->top.para, p);
	view_focus(v, p + 1);
	assert_int_equal(v->top.para, p);
	assert_int_equal(v->top.line, 0);
	/* every paragraph, in both directions */
	for (p = 0; p < v->count; p++) {
		view_focus(v, p);
		check_focus_shown(v);
	}
	for (p = v->count; p-- > 0;) {
		view_focus(v, p);
		check_focus_shown(v);
	}
	view_focus(v, v->count + 5);
	assert_int_equal(v->focus, v->count - 1);
}

static void test_focus_puts_long_paragraph_at_top(void **state)
{
	struct view *v = view_of(state);
	size_t p = find_para(v, 100, 1);

	view_focus(v, p);
	assert_int_equal(v->top.para, p);
	assert_int_equal(v->top.line, 0);
	view_focus(v, 0);
	view_scroll(v, 1000);
	view_focus(v, p);
	assert_int_equal(v->top.para, p);
	assert_int_equal(v->top.line, 0);
}

static void test_page_moves_focus_on_screen(void **state)
{
	struct view *v = view_of(state);
	int i;

	/* page up at the start: focus the first paragraph */
	view_focus(v, 3);
	page_and_check(v, -ROWS);
	assert_int_equal(v->focus, 0);
	for (i = 0; i < 400 && !(v->top.para == last_top(v).para &&
				 v->top.line == last_top(v).line); i++)
		page_and_check(v, ROWS);
	/* at the end: focus the last paragraph */
	page_and_check(v, ROWS);
	assert_int_equal(v->focus, v->count - 1);
	for (i = 0; i < 400 && (v->top.para != 0 || v->top.line != 0); i++)
		page_and_check(v, -(ROWS + 1) / 2);
	page_and_check(v, -ROWS);
	assert_int_equal(v->focus, 0);
}

/* The case: a paragraph focused low on the screen (coming from
 * above), then half a page or a page down, which near the end scrolls
 * less than a page; the focus never goes back up.  And up likewise. */
static void test_page_down_never_moves_focus_up(void **state)
{
	static const long deltas[] = { ROWS, (ROWS + 1) / 2, 3 };
	struct view *v = view_of(state);
	size_t p, d, moved_up = 0;

	for (p = 1; p + 1 < v->count; p++) {
		for (d = 0; d < sizeof deltas / sizeof deltas[0]; d++) {
			view_focus(v, 0);
			view_focus(v, p);
			view_page(v, deltas[d]);
			assert_true(v->focus >= p);
			view_focus(v, v->count - 1);
			view_focus(v, p);
			view_page(v, -deltas[d]);
			moved_up += v->focus < p;
			assert_true(v->focus <= p);
		}
	}
	assert_true(moved_up > 0);	/* and paging up did move it */
}

static void test_scroll_stops_at_the_end(void **state)
{
	struct view *v = view_of(state);
	struct view_pos end = last_top(v);
	size_t total = 0, moved;

	while ((moved = view_scroll(v, 7)) > 0)
		total += moved;
	assert_int_equal(v->top.para, end.para);
	assert_int_equal(v->top.line, end.line);
	assert_int_equal(bottom(v).para, v->count - 1);
	assert_int_equal(bottom(v).line, text_lines(v, v->count - 1) - 1);
	assert_int_equal(view_scroll(v, 1), 0);
	/* back up to the start, line for line */
	assert_int_equal(view_scroll(v, -(long)total - 100), total);
	assert_int_equal(v->top.para, 0);
	assert_int_equal(v->top.line, 0);
	assert_int_equal(view_scroll(v, -1), 0);
	/* one big step lands on the same end */
	assert_int_equal(view_scroll(v, 1000000), total);
	assert_int_equal(v->top.para, end.para);
	assert_int_equal(v->top.line, end.line);
}

static void test_new_height_keeps_focus(void **state)
{
	struct view *v = view_of(state);
	size_t p = find_para(v, 50, 0);
	struct view_pos old;

	view_focus(v, p);
	view_scroll(v, -(long)(text_lines(v, p) + 2));
	view_set_rows(v, ROWS + 5);
	check_focus_shown(v);
	view_set_rows(v, 3);
	check_focus_shown(v);
	assert_int_equal(v->rows, 3);
	view_set_rows(v, 0);
	assert_int_equal(v->rows, 1);
	assert_int_equal(v->top.para, p);
	assert_int_equal(v->top.line, 0);
	/* a narrower width makes more lines; the top stays a real line */
	view_set_rows(v, ROWS);
	view_focus(v, find_para(v, 60, 1));
	view_scroll(v, 9);
	wrap_cache_set_width(v->wrap, 60);
	old = v->top;
	view_set_rows(v, ROWS);
	check_focus_shown(v);
	check_top(v, old);
	wrap_cache_set_width(v->wrap, WIDTH);
}

static void test_taller_window_at_the_end_fills_up(void **state)
{
	struct view *v = view_of(state);
	struct view_pos end;

	view_page(v, 1000000);
	view_set_rows(v, 2 * ROWS);
	end = last_top(v);
	assert_int_equal(v->top.para, end.para);
	assert_int_equal(v->top.line, end.line);
	assert_int_equal(bottom(v).para, v->count - 1);
}

static void test_random_operations_keep_invariants(void **state)
{
	struct view *v = view_of(state);
	unsigned seed = 99;
	int round;

	for (round = 0; round < 5000; round++) {
		long delta = 1 + (long)next_random(&seed, 2 * (unsigned)v->rows);
		struct view_pos old = v->top;

		switch (next_random(&seed, 5)) {
		case 0:
			view_focus(v, next_random(&seed, PARAGRAPHS + 2));
			check_focus_shown(v);
			break;
		case 1:
			page_and_check(v, next_random(&seed, 2) ? delta : -delta);
			break;
		case 2:
			view_scroll(v, next_random(&seed, 2) ? delta : -delta);
			break;
		case 3:
			view_set_rows(v, 1 + (int)next_random(&seed, 40));
			check_focus_shown(v);
			break;
		default:
			wrap_cache_set_width(v->wrap, 10 + (int)next_random(&seed, 40));
			view_set_rows(v, v->rows);
			check_focus_shown(v);
			break;
		}
		check_top(v, old);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_article_has_both_kinds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_focus_shows_paragraph_that_fits, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_focus_puts_long_paragraph_at_top, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_page_moves_focus_on_screen, setup, teardown),
		cmocka_unit_test_setup_teardown(test_page_down_never_moves_focus_up, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_scroll_stops_at_the_end, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_height_keeps_focus, setup, teardown),
		cmocka_unit_test_setup_teardown(test_taller_window_at_the_end_fills_up, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_random_operations_keep_invariants, setup,
						teardown),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
