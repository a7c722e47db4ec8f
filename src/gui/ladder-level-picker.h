/* SPDX-License-Identifier: GPL-3.0-or-later
 * A skill level picker, 0–5: one light widget, driven by the mouse or the keyboard, that tells
 * what each level means for the skill. A GtkRange underneath, for assistive technologies. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-framework.h"

G_BEGIN_DECLS

#define LADDER_TYPE_LEVEL_PICKER (ladder_level_picker_get_type ())
G_DECLARE_FINAL_TYPE (LadderLevelPicker, ladder_level_picker, LADDER, LEVEL_PICKER, GtkRange)

GtkWidget  *ladder_level_picker_new             (const char        *what);
void        ladder_level_picker_set_skill       (LadderLevelPicker *self,
                                                 const LadderSkill *skill,
                                                 const char        *title);
void        ladder_level_picker_set_value       (LadderLevelPicker *self,
                                                 int                value);
int         ladder_level_picker_get_value       (LadderLevelPicker *self);
void        ladder_level_picker_choose          (LadderLevelPicker *self,
                                                 int                value);
const char *ladder_level_picker_get_description (LadderLevelPicker *self,
                                                 int                level);

G_END_DECLS
