/* SPDX-License-Identifier: GPL-3.0-or-later
 * How ready a person is for a rung, from their skill levels against the rung's expectations,
 * with the reason in words. */
#pragma once

#include "ladder-framework.h"
#include "ladder-profile.h"

G_BEGIN_DECLS

typedef struct
{
  const char *skill_id;
  const char *title;
  int current;
  int expected;
} LadderGap;

typedef struct
{
  guint percent;        /* 0–100: expected levels met, out of all expected levels */
  guint levels_met;
  guint levels_expected;
  guint n_skills;       /* skills this rung expects anything of */
  guint n_below;        /* of those, skills below the expected level */
  GArray *gaps;         /* LadderGap, largest gap first, then by framework order */
} LadderReadiness;

LadderReadiness *ladder_readiness_compute     (LadderFramework  *framework,
                                               LadderProfile    *profile,
                                               const LadderRung *rung);
char            *ladder_readiness_describe    (const LadderReadiness *readiness);
char            *ladder_readiness_explain     (const LadderReadiness *readiness);
void             ladder_readiness_free        (LadderReadiness *readiness);
int              ladder_skill_expected        (LadderFramework  *framework,
                                               LadderProfile    *profile,
                                               const char       *skill_id);
int              ladder_skill_gap             (LadderFramework  *framework,
                                               LadderProfile    *profile,
                                               const char       *skill_id);
double           ladder_skill_group_average_then (LadderFramework *framework,
                                                  LadderProfile   *profile,
                                                  const char      *group,
                                                  JsonObject      *then,
                                                  gboolean        *known);
double           ladder_skill_group_average   (LadderFramework  *framework,
                                               LadderProfile    *profile,
                                               const char       *group,
                                               gboolean          toward);
guint            ladder_targets_from_rung     (LadderFramework  *framework,
                                               LadderProfile    *profile,
                                               gboolean          replace_manual);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderReadiness, ladder_readiness_free)

G_END_DECLS
