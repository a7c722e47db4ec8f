/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Skills view: the editable matrix and the radar chart. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_SKILLS_VIEW (ladder_skills_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderSkillsView, ladder_skills_view, LADDER, SKILLS_VIEW, GtkWidget)

void        ladder_skills_view_set_profile (LadderSkillsView *self,
                                            LadderProfile    *profile);
GListModel *ladder_skills_view_get_model   (LadderSkillsView *self);
void        ladder_skills_view_set_filter  (LadderSkillsView *self,
                                            const char       *text);
void        ladder_skills_view_sort_by_gap (LadderSkillsView *self);

G_END_DECLS
