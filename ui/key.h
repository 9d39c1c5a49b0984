/*
 * key.h - one input event: a typed character, a function key, a mouse
 * event or a resize, whether it came from the terminal or a key script.
 */
#ifndef TANDA_UI_KEY_H
#define TANDA_UI_KEY_H

#include <stdint.h>

enum key_kind {
	KEY_KIND_CHAR,		/* a character: code is its code point */
	KEY_KIND_FUNCTION,	/* a curses KEY_* code (arrows, F1, ...) */
	KEY_KIND_MOUSE,		/* a mouse event at x, y */
	KEY_KIND_RESIZE,	/* the window is now x columns by y rows */
};

enum mouse_button {
	MOUSE_CLICK = 1,	/* pressed and released in place */
	MOUSE_WHEEL_UP,
	MOUSE_WHEEL_DOWN,
	MOUSE_PRESS,		/* the button went down: a drag may start */
	MOUSE_RELEASE,		/* the button went up: a drag ends here */
};

struct key {
	enum key_kind kind;
	uint32_t code;		/* the character, KEY_* code or mouse_button */
	int x, y;		/* mouse position, or the new size */
};

/* The Control-key character for letter c ('a'..'z'). */
#define KEY_CTRL(c) ((uint32_t)((c) & 0x1F))

/* The Escape character. */
#define KEY_ESCAPE 0x1Bu

#endif
