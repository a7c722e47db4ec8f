/* SPDX-License-Identifier: GPL-3.0-or-later
 * The main window: one profile at a time, its views, the profile menu. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"
#include "core/ladder-session.h"
#include "core/ladder-store.h"
#include "ladder-application.h"

G_BEGIN_DECLS

#define LADDER_TYPE_WINDOW (ladder_window_get_type ())
G_DECLARE_FINAL_TYPE (LadderWindow, ladder_window, LADDER, WINDOW, AdwApplicationWindow)

LadderWindow  *ladder_window_new                (LadderApplication *application);
LadderProfile *ladder_window_get_profile        (LadderWindow      *self);
const char    *ladder_window_get_file_name      (LadderWindow      *self);
LadderSession *ladder_window_get_session        (LadderWindow      *self);
LadderStore   *ladder_window_get_store          (LadderWindow      *self);
gboolean       ladder_window_open_profile       (LadderWindow      *self,
                                                 const char        *file_name);
void           ladder_window_import_file        (LadderWindow      *self,
                                                 GFile             *file);
void           ladder_window_add_toast          (LadderWindow      *self,
                                                 AdwToast          *toast);
void           ladder_window_show_undo_toast    (LadderWindow      *self,
                                                 const char        *text);
const char    *ladder_window_get_message        (LadderWindow      *self);
void           ladder_window_show_error         (LadderWindow      *self,
                                                 const char        *message);
void           ladder_window_export_report      (LadderWindow      *self,
                                                 const char        *path,
                                                 gboolean           pdf,
                                                 const char        *language);
void           ladder_window_export_calendar    (LadderWindow      *self,
                                                 const char        *path);
void           ladder_window_export_case        (LadderWindow      *self,
                                                 const char        *path);
void           ladder_window_compare_ratings    (LadderWindow      *self,
                                                 const char        *path);
gboolean       ladder_window_save_now           (LadderWindow      *self);
GtkWidget     *ladder_window_get_view           (LadderWindow      *self,
                                                 const char        *name);

G_END_DECLS
