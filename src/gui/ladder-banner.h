/* SPDX-License-Identifier: GPL-3.0-or-later
 * A bar under the header that says something the person must read in full: why a profile is
 * read-only, why a save failed. Text wraps (a toast cuts it off and goes away); it stays until
 * dismissed or no longer true. libadwaita 1.2 has no AdwBanner. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_BANNER (ladder_banner_get_type ())
G_DECLARE_FINAL_TYPE (LadderBanner, ladder_banner, LADDER, BANNER, GtkWidget)

GtkWidget  *ladder_banner_new      (void);
void        ladder_banner_show     (LadderBanner *self,
                                    const char   *text,
                                    const char   *button_label,
                                    const char   *action_name);
void        ladder_banner_hide     (LadderBanner *self);
const char *ladder_banner_get_text (LadderBanner *self);

G_END_DECLS
