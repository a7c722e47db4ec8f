/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Plan view: the three-year plan by year, every item editable, with a status. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

/* Rows a year shows before "Show All" */
#define LADDER_PLAN_VIEW_ROWS_SHOWN 100

#define LADDER_TYPE_PLAN_VIEW (ladder_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderPlanView, ladder_plan_view, LADDER, PLAN_VIEW, GtkWidget)

LadderProfile *ladder_plan_view_get_profile (LadderPlanView *self);
void           ladder_plan_view_set_profile (LadderPlanView *self,
                                             LadderProfile  *profile);
GtkWidget     *ladder_plan_view_get_row     (LadderPlanView *self,
                                             const char     *item_id);

G_END_DECLS
