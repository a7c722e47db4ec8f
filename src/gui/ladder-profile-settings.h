/* SPDX-License-Identifier: GPL-3.0-or-later
 * Everything about a profile that is not a skill, a plan item or an answer, changed in place. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_PROFILE_SETTINGS (ladder_profile_settings_get_type ())
G_DECLARE_FINAL_TYPE (LadderProfileSettings, ladder_profile_settings, LADDER, PROFILE_SETTINGS,
                      AdwPreferencesWindow)

LadderProfileSettings *ladder_profile_settings_new              (GtkWindow             *parent,
                                                                 LadderProfile         *profile);
gboolean               ladder_profile_settings_get_plan_changed (LadderProfileSettings *self);

G_END_DECLS
