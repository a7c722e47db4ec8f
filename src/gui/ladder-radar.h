/* SPDX-License-Identifier: GPL-3.0-or-later
 * A radar chart of the skill groups: current level against the level the plan works toward. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_RADAR (ladder_radar_get_type ())
G_DECLARE_FINAL_TYPE (LadderRadar, ladder_radar, LADDER, RADAR, GtkWidget)

GtkWidget  *ladder_radar_new          (void);
void        ladder_radar_set_profile  (LadderRadar   *self,
                                       LadderProfile *profile);
const char *ladder_radar_get_summary  (LadderRadar   *self);
const char *ladder_radar_get_caption  (LadderRadar   *self);
void        ladder_radar_set_then     (LadderRadar   *self,
                                       const char    *date);

G_END_DECLS
