/* SPDX-License-Identifier: GPL-3.0-or-later
 * A row of a title (or field) and its buttons that, when the window is too narrow for one row,
 * puts the buttons on a second row under it. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_WRAP_BOX (ladder_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (LadderWrapBox, ladder_wrap_box, LADDER, WRAP_BOX, GtkWidget)

GtkWidget *ladder_wrap_box_new    (int            spacing);
void       ladder_wrap_box_append (LadderWrapBox *self,
                                   GtkWidget     *child);

G_END_DECLS
