/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Progress view: the evidence log, what a promotion case is made of. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_PROGRESS_VIEW (ladder_progress_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderProgressView, ladder_progress_view, LADDER, PROGRESS_VIEW, GtkWidget)

void       ladder_progress_view_log_item   (LadderProgressView *self,
                                            const char         *item_id);
GtkWidget *ladder_progress_view_get_row    (LadderProgressView *self,
                                            guint               index);

G_END_DECLS
