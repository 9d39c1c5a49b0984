/*
 * screen-messages.h - the messages screen (:messages): what the status
 * line said this session, the oldest first, so that a message gone with
 * the next key (how the annotations carried over, say) can be read
 * again.  (open's arg: none.)
 */
#ifndef TANDA_UI_SCREEN_MESSAGES_H
#define TANDA_UI_SCREEN_MESSAGES_H

#include "screen.h"

extern const struct screen messages_screen;

#endif
