/* SPDX-License-Identifier: GPL-3.0-or-later
 * Six linked buttons for a skill level 0–5, each telling what its level means. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-framework.h"

G_BEGIN_DECLS

#define LADDER_TYPE_LEVEL_PICKER (ladder_level_picker_get_type ())
G_DECLARE_FINAL_TYPE (LadderLevelPicker, ladder_level_picker, LADDER, LEVEL_PICKER, GtkWidget)

GtkWidget *ladder_level_picker_new       (const char        *what);
void       ladder_level_picker_set_skill (LadderLevelPicker *self,
                                          const LadderSkill *skill,
                                          const char        *title);
void       ladder_level_picker_set_value (LadderLevelPicker *self,
                                          int                value);
int        ladder_level_picker_get_value (LadderLevelPicker *self);
GtkWidget *ladder_level_picker_get_button (LadderLevelPicker *self,
                                           int                level);

G_END_DECLS
