/*
 * key.h - one input event: a typed character, a function key, a mouse
 * event or a resize, whether it came from the terminal or a key script.
 *
 * Function keys are tanda's own codes (KEYC_*, as tmux's): term.c
 * translates curses' KEY_* codes into them at the terminal's edge, so
 * that nothing else in the reader needs curses to know which key it was.
 */
#ifndef TANDA_UI_KEY_H
#define TANDA_UI_KEY_H

#include <stdint.h>

enum key_kind {
	KEY_KIND_CHAR,		/* a character: code is its code point */
	KEY_KIND_FUNCTION,	/* a function key: code is a KEYC_* code */
	KEY_KIND_MOUSE,		/* a mouse event at x, y */
	KEY_KIND_RESIZE,	/* the window is now x columns by y rows */
};

/* The function keys tanda knows. */
enum key_function {
	KEYC_UNKNOWN = 1,	/* one the terminal has that tanda has no use for */
	KEYC_UP,
	KEYC_DOWN,
	KEYC_LEFT,
	KEYC_RIGHT,
	KEYC_PAGE_UP,
	KEYC_PAGE_DOWN,
	KEYC_HOME,
	KEYC_END,
	KEYC_INSERT,
	KEYC_DELETE,
	KEYC_BACKSPACE,		/* the terminal's backspace key, when it sends one */
	KEYC_BACKTAB,		/* Shift-Tab */
	KEYC_ENTER,		/* the keypad's Enter */
	KEYC_F1,		/* F1 to F12 follow in order: KEYC_F(n) */
	KEYC_F12 = KEYC_F1 + 11,
};

/* Function key Fn, for n from 1 to 12. */
#define KEYC_F(n) ((uint32_t)KEYC_F1 + (uint32_t)(n) - 1)

enum mouse_button {
	MOUSE_CLICK = 1,	/* pressed and released in place */
	MOUSE_WHEEL_UP,
	MOUSE_WHEEL_DOWN,
	MOUSE_PRESS,		/* the button went down: a drag may start */
	MOUSE_RELEASE,		/* the button went up: a drag ends here */
};

struct key {
	enum key_kind kind;
	uint32_t code;		/* the character, KEYC_* code or mouse_button */
	int x, y;		/* mouse position, or the new size */
};

/* The Control-key character for letter c ('a'..'z'). */
#define KEY_CTRL(c) ((uint32_t)((c) & 0x1F))

/* The Escape character. */
#define KEY_ESCAPE 0x1Bu

#endif
