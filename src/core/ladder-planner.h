/* SPDX-License-Identifier: GPL-3.0-or-later
 * The three-year plan generator: deterministic, personal, explainable. */
#pragma once

#include "ladder-framework.h"
#include "ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_PLAN_MAX_YEARS 5

typedef enum
{
  LADDER_MOVE_STAY, /* the target is where the person stands */
  LADDER_MOVE_UP,
  LADDER_MOVE_DOWN, /* a rung below, or beside on the other track: a move, not a promotion */
} LadderMove;

GPtrArray *ladder_planner_generate       (LadderFramework *framework,
                                          LadderProfile   *profile);
void       ladder_planner_regenerate     (LadderFramework *framework,
                                          LadderProfile   *profile);
int        ladder_planner_item_reach     (const LadderPlanItem *item);
int        ladder_planner_item_last_quarter (const LadderPlanItem *item);
GHashTable *ladder_planner_first_steps   (LadderProfile   *profile);
char      *ladder_planner_item_resources (LadderProfile        *profile,
                                          GHashTable           *first_steps,
                                          const LadderPlanItem *item);
gboolean   ladder_planner_quarter_now    (const char           *generated,
                                          GDateTime            *now,
                                          guint                *year,
                                          guint                *quarter);
gboolean   ladder_planner_item_is_late   (const char           *generated,
                                          const LadderPlanItem *item,
                                          GDateTime            *now);
gboolean   ladder_planner_localize       (LadderFramework *framework,
                                          LadderProfile   *profile);
gboolean   ladder_planner_has_user_work  (LadderProfile   *profile);
guint      ladder_planner_get_years      (LadderProfile   *profile);
gboolean   ladder_planner_leads_people   (LadderFramework  *framework,
                                          const LadderRung *rung);
LadderMove ladder_planner_get_move       (LadderFramework *framework,
                                          LadderProfile   *profile);
void       ladder_planner_first_quarter  (GDateTime       *made,
                                          guint           *year,
                                          guint           *quarter);
char      *ladder_planner_quarter_label  (const char      *generated,
                                          guint            year,
                                          guint            quarter);
char      *ladder_planner_describe_fit   (LadderFramework   *framework,
                                          LadderProfile     *profile,
                                          guint             *suggested_years,
                                          const LadderRung **suggested_rung);
int        ladder_planner_target_level   (LadderFramework *framework,
                                          LadderProfile   *profile,
                                          const char      *skill_id);

G_END_DECLS
