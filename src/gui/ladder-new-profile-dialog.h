/* SPDX-License-Identifier: GPL-3.0-or-later
 * Asks for what a new profile needs: name, current and target rung, context. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_NEW_PROFILE_DIALOG (ladder_new_profile_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LadderNewProfileDialog, ladder_new_profile_dialog, LADDER,
                      NEW_PROFILE_DIALOG, AdwWindow)

LadderNewProfileDialog *ladder_new_profile_dialog_new      (GtkWindow              *parent);
void                    ladder_new_profile_dialog_set_framework (LadderNewProfileDialog *self,
                                                                 const char             *id);
void                    ladder_new_profile_dialog_set_name (LadderNewProfileDialog *self,
                                                            const char             *name);
LadderProfile          *ladder_new_profile_dialog_build    (LadderNewProfileDialog *self);

G_END_DECLS
