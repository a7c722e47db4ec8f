/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LADDER_TYPE_FRAMEWORKS_DIALOG (ladder_frameworks_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LadderFrameworksDialog, ladder_frameworks_dialog, LADDER, FRAMEWORKS_DIALOG,
                      AdwWindow)

LadderFrameworksDialog *ladder_frameworks_dialog_new         (GtkWindow              *parent);
void                    ladder_frameworks_dialog_import_file (LadderFrameworksDialog *self,
                                                              const char             *path);

G_END_DECLS
