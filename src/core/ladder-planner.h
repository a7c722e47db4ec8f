/* SPDX-License-Identifier: GPL-3.0-or-later
 * The three-year plan generator: deterministic, personal, explainable. */
#pragma once

#include "ladder-framework.h"
#include "ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_PLAN_YEARS 3

GPtrArray *ladder_planner_generate       (LadderFramework *framework,
                                          LadderProfile   *profile);
void       ladder_planner_regenerate     (LadderFramework *framework,
                                          LadderProfile   *profile);
gboolean   ladder_planner_has_user_work  (LadderProfile   *profile);
int        ladder_planner_target_level   (LadderFramework *framework,
                                          LadderProfile   *profile,
                                          const char      *skill_id);

G_END_DECLS
