/* SPDX-License-Identifier: GPL-3.0-or-later
 * Toasts from anywhere in the window, with plain (escaped) text. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *ladder_toast_new_plain (const char *text);
void      ladder_toast_show      (GtkWidget  *widget,
                                  const char *text,
                                  const char *button,
                                  const char *action);
void      ladder_toast_show_undo (GtkWidget  *widget,
                                  const char *text);

G_END_DECLS
