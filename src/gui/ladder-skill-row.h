/* SPDX-License-Identifier: GPL-3.0-or-later
 * One row of the skills matrix: a skill of the open profile, for list models. */
#pragma once

#include <glib-object.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_SKILL_ROW (ladder_skill_row_get_type ())
G_DECLARE_FINAL_TYPE (LadderSkillRow, ladder_skill_row, LADDER, SKILL_ROW, GObject)

LadderSkillRow    *ladder_skill_row_new         (LadderFramework *framework,
                                                const char     *id);
const char        *ladder_skill_row_get_id      (LadderSkillRow *self);
const char        *ladder_skill_row_get_title   (LadderSkillRow *self);
const char        *ladder_skill_row_get_group   (LadderSkillRow *self);
int                ladder_skill_row_get_current (LadderSkillRow *self);
int                ladder_skill_row_get_target  (LadderSkillRow *self);
int                ladder_skill_row_get_expected (LadderSkillRow *self);
int                ladder_skill_row_get_gap     (LadderSkillRow *self);
const char        *ladder_skill_row_get_note    (LadderSkillRow *self);
gboolean           ladder_skill_row_get_custom  (LadderSkillRow *self);
gboolean           ladder_skill_row_get_hidden  (LadderSkillRow *self);
const LadderSkill *ladder_skill_row_get_skill   (LadderSkillRow *self);
void               ladder_skill_row_refresh     (LadderSkillRow *self,
                                                 LadderProfile  *profile);

G_END_DECLS
