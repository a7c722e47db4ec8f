/* SPDX-License-Identifier: GPL-3.0-or-later
 * Both tracks drawn as ladders side by side, rungs aligned by seniority. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-profile.h"
#include "ladder-rung-tile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_LADDER_CHART (ladder_ladder_chart_get_type ())
G_DECLARE_FINAL_TYPE (LadderLadderChart, ladder_ladder_chart, LADDER, LADDER_CHART, GtkWidget)

GtkWidget        *ladder_ladder_chart_new          (void);
void              ladder_ladder_chart_set_profile  (LadderLadderChart *self,
                                                    LadderProfile     *profile);
const LadderRung *ladder_ladder_chart_get_selected (LadderLadderChart *self);
void              ladder_ladder_chart_select       (LadderLadderChart *self,
                                                    const char        *track,
                                                    const char        *rung);
LadderRungTile   *ladder_ladder_chart_get_tile     (LadderLadderChart *self,
                                                    const char        *track,
                                                    const char        *rung);
guint             ladder_ladder_chart_get_n_tiles  (LadderLadderChart *self);

G_END_DECLS
