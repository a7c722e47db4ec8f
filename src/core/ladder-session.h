/* SPDX-License-Identifier: GPL-3.0-or-later
 * The open profile of a window: its file, auto-save, and one undo history of every change. */
#pragma once

#include <glib-object.h>

#include "ladder-profile.h"
#include "ladder-store.h"

G_BEGIN_DECLS

#define LADDER_SESSION_SAVE_DELAY_MS 500
#define LADDER_SESSION_MAX_STEPS 200
#define LADDER_SESSION_MAX_BYTES (64 * 1024 * 1024)
/* A step this large is read ahead of Undo and Redo, in a thread: read at Undo, it takes a good
 * part of the frame (the 1,000-skill profile, 150 KiB: 5.5 ms; this size: about 1 ms). */
#define LADDER_SESSION_READ_AHEAD_BYTES (32 * 1024)

#define LADDER_TYPE_SESSION (ladder_session_get_type ())
G_DECLARE_FINAL_TYPE (LadderSession, ladder_session, LADDER, SESSION, GObject)

LadderSession *ladder_session_new             (LadderStore   *store);
LadderStore   *ladder_session_get_store       (LadderSession *self);
LadderProfile *ladder_session_get_profile     (LadderSession *self);
const char    *ladder_session_get_file_name   (LadderSession *self);
void           ladder_session_set_profile     (LadderSession *self,
                                               LadderProfile *profile,
                                               const char    *file_name);
void           ladder_session_forget_history  (LadderSession *self,
                                               const char    *file_name);

gboolean       ladder_session_get_unsaved     (LadderSession *self);
gboolean       ladder_session_save            (LadderSession *self,
                                               GError       **error);

gboolean       ladder_session_can_undo        (LadderSession *self);
gboolean       ladder_session_can_redo        (LadderSession *self);
const char    *ladder_session_get_undo_label  (LadderSession *self);
const char    *ladder_session_get_redo_label  (LadderSession *self);
guint64        ladder_session_get_undo_serial (LadderSession *self);
gboolean       ladder_session_get_undo_ready  (LadderSession *self);
gboolean       ladder_session_get_redo_ready  (LadderSession *self);
char          *ladder_session_undo            (LadderSession *self,
                                               GError       **error);
char          *ladder_session_redo            (LadderSession *self,
                                               GError       **error);
void           ladder_session_close_step      (LadderSession *self);

gboolean       ladder_session_reload          (LadderSession *self,
                                               GError       **error);
gboolean       ladder_session_save_again      (LadderSession *self,
                                               GError       **error);
char          *ladder_session_save_as_copy    (LadderSession *self,
                                               GError       **error);
char          *ladder_session_delete          (LadderSession *self,
                                               GError       **error);
gboolean       ladder_session_can_undo_delete (LadderSession *self);
char          *ladder_session_undo_delete     (LadderSession *self,
                                               GError       **error);

G_END_DECLS
