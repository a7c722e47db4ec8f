/* SPDX-License-Identifier: GPL-3.0-or-later
 * One rung on the ladder: title, scope, readiness, and whether it is the current or target rung. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-framework.h"

G_BEGIN_DECLS

#define LADDER_TYPE_RUNG_TILE (ladder_rung_tile_get_type ())
G_DECLARE_FINAL_TYPE (LadderRungTile, ladder_rung_tile, LADDER, RUNG_TILE, GtkButton)

GtkWidget        *ladder_rung_tile_new         (const LadderRung *rung,
                                                const char       *track_title);
const LadderRung *ladder_rung_tile_get_rung    (LadderRungTile   *self);
void              ladder_rung_tile_update      (LadderRungTile   *self,
                                                guint             percent,
                                                const char       *reason,
                                                gboolean          is_current,
                                                gboolean          is_target);
void              ladder_rung_tile_set_selected (LadderRungTile  *self,
                                                 gboolean         selected);

G_END_DECLS
