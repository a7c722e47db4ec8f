/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Ladder view: both tracks, and the selected rung's details and gaps. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"
#include "ladder-ladder-chart.h"

G_BEGIN_DECLS

#define LADDER_TYPE_LADDER_VIEW (ladder_ladder_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderLadderView, ladder_ladder_view, LADDER, LADDER_VIEW, GtkWidget)

LadderProfile     *ladder_ladder_view_get_profile (LadderLadderView *self);
void               ladder_ladder_view_set_profile (LadderLadderView *self,
                                                   LadderProfile    *profile);
LadderLadderChart *ladder_ladder_view_get_chart   (LadderLadderView *self);

G_END_DECLS
