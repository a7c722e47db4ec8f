/* SPDX-License-Identifier: GPL-3.0-or-later
 * The open profile of a window, with auto-save and one undo history for every change. Each step
 * keeps the whole profile as it was before (its file text), so every kind of change, present and
 * future, can be undone the same way; the changes made in one turn of the main loop (a
 * regeneration, "targets from rung") are one step, and typing in one field is one step. */
#define G_LOG_DOMAIN "ladder-session"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-format.h"
#include "ladder-framework.h"
#include "ladder-planner.h"
#include "ladder-session.h"

/* Edits of the same field closer together than this are one step. */
#define COALESCE_US (2 * G_USEC_PER_SEC)

typedef struct
{
  guint64 serial;
  char *key;   /* nullable: never merged with the next step */
  char *label;
  char *data;  /* the profile before this step (for undo) or after it (for redo) */
  gsize length;
  gint64 time;
  guint parts; /* LadderProfilePart: what the step changed, which Undo and Redo tell again */
} Step;

typedef struct
{
  GQueue undo; /* Step, newest first */
  GQueue redo;
} History;

/* The next step of Undo (or Redo) read from its text ahead of time, in a thread: a large
 * profile takes several frames to read, and Undo should take one. Known by the step's number
 * and text, which a step keeps while it is at the head of its list. */
typedef struct
{
  guint64 serial;
  const char *data;
  gsize length;
  LadderProfile *profile;  /* (owned) (nullable): read, ready to go in */
  GCancellable *reading;   /* (owned) (nullable): being read */
} ReadAhead;

enum { AHEAD_UNDO, AHEAD_REDO, N_AHEAD };

struct _LadderSession
{
  GObject parent_instance;

  LadderStore *store;
  LadderProfile *profile;
  char *file_name;
  gboolean unsaved;
  guint save_source;

  History *history;        /* the open profile's */
  GHashTable *histories;   /* file name → History, of the profiles open before in this session */
  char *current;           /* the profile as it is now, to become the next step's "before" */
  gsize current_length;
  guint carried_parts;     /* parts changed since `current` that no step holds yet */
  Step *open_step;         /* the step changes of this turn of the main loop go into */
  guint close_source;
  gboolean may_merge;      /* the newest step may take in the next one */
  gboolean restoring;
  guint64 next_serial;
  char *trashed;           /* the last deleted profile's file in the trash, for Undo */
  ReadAhead ahead[N_AHEAD];
  guint ahead_source;
};

G_DEFINE_FINAL_TYPE (LadderSession, ladder_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_FILE_NAME,
  PROP_UNSAVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  HISTORY_CHANGED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
step_free (Step *step)
{
  g_free (step->key);
  g_free (step->label);
  g_free (step->data);
  g_free (step);
}

static void
history_free (History *history)
{
  g_queue_clear_full (&history->undo, (GDestroyNotify) step_free);
  g_queue_clear_full (&history->redo, (GDestroyNotify) step_free);
  g_free (history);
}

/* ---- Reading ahead ------------------------------------------------------------------------ */

typedef struct
{
  guint slot;
  char *copy;   /* the step's text: the step may go while it is read */
  gsize length;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_free (job->copy);
  g_free (job);
}

static void
ahead_clear (ReadAhead *ahead)
{
  if (ahead->reading != NULL)
    g_cancellable_cancel (ahead->reading);
  g_clear_object (&ahead->reading);
  g_clear_object (&ahead->profile);
  ahead->serial = 0;
  ahead->data = NULL;
  ahead->length = 0;
}

static gboolean
ahead_is_for (const ReadAhead *ahead,
              const Step      *step)
{
  return step != NULL && ahead->serial == step->serial && ahead->data == step->data &&
         ahead->length == step->length;
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  GError *error = NULL;
  LadderProfile *profile;

  /* Reading looks messages up (the built-in ladder's words, a reason): not while the main
   * thread switches the language for an export. */
  ladder_format_reader_lock ();
  profile = ladder_profile_new_from_data (job->copy, job->length, &error);
  ladder_format_reader_unlock ();

  if (profile != NULL)
    g_task_return_pointer (task, profile, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  LadderSession *self = LADDER_SESSION (source);
  ReadJob *job = g_task_get_task_data (G_TASK (result));
  ReadAhead *ahead = &self->ahead[job->slot];
  g_autoptr (LadderProfile) profile = g_task_propagate_pointer (G_TASK (result), NULL);

  if (ahead->reading != g_task_get_cancellable (G_TASK (result)))
    return; /* given up: the step is no longer next */
  g_clear_object (&ahead->reading);
  /* A text that cannot be read leaves nothing here: Undo reads it itself and says why. */
  ahead->profile = g_steal_pointer (&profile);
}

static GQueue *
ahead_list (LadderSession *self,
            guint          slot)
{
  if (self->history == NULL)
    return NULL;
  return slot == AHEAD_UNDO ? &self->history->undo : &self->history->redo;
}

/* The steps next for Undo and Redo, when large, are read in a thread while nobody waits. */
static gboolean
read_ahead_cb (gpointer user_data)
{
  LadderSession *self = user_data;

  self->ahead_source = 0;
  for (guint slot = 0; slot < N_AHEAD; slot++)
    {
      GQueue *list = ahead_list (self, slot);
      Step *step = list != NULL ? g_queue_peek_head (list) : NULL;
      ReadAhead *ahead = &self->ahead[slot];
      g_autoptr (GTask) task = NULL;
      ReadJob *job;

      if (ahead_is_for (ahead, step))
        continue;
      ahead_clear (ahead);
      if (step == NULL || step->length < LADDER_SESSION_READ_AHEAD_BYTES)
        continue;
      ahead->serial = step->serial;
      ahead->data = step->data;
      ahead->length = step->length;
      ahead->reading = g_cancellable_new ();
      job = g_new0 (ReadJob, 1);
      job->slot = slot;
      job->copy = g_memdup2 (step->data, step->length);
      job->length = step->length;
      task = g_task_new (self, ahead->reading, on_read_cb, NULL);
      g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
      g_task_run_in_thread (task, read_thread);
    }
  return G_SOURCE_REMOVE;
}

static void
history_changed (LadderSession *self)
{
  g_signal_emit (self, signals[HISTORY_CHANGED], 0);
  if (self->ahead_source == 0)
    self->ahead_source = g_idle_add_full (G_PRIORITY_LOW, read_ahead_cb, self, NULL);
}

static gboolean
ahead_ready (LadderSession *self,
             guint          slot)
{
  GQueue *list = ahead_list (self, slot);

  return list != NULL && self->ahead[slot].profile != NULL &&
         ahead_is_for (&self->ahead[slot], g_queue_peek_head (list));
}

/**
 * ladder_session_get_undo_ready:
 *
 * Returns: whether the next Undo's profile has been read ahead (a large one), so that Undo
 *   only puts it in
 */
gboolean
ladder_session_get_undo_ready (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  return ahead_ready (self, AHEAD_UNDO);
}

gboolean
ladder_session_get_redo_ready (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  return ahead_ready (self, AHEAD_REDO);
}

static void
set_unsaved (LadderSession *self,
             gboolean       unsaved)
{
  if (self->unsaved == unsaved)
    return;
  self->unsaved = unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

/* The profile's text as it is now; returns the parts changed since the text was last taken. */
static guint
take_current (LadderSession *self)
{
  guint parts = self->carried_parts;

  g_clear_pointer (&self->current, g_free);
  self->current_length = 0;
  self->carried_parts = 0;
  if (self->profile == NULL)
    return parts;
  self->current = ladder_profile_to_data (self->profile, &self->current_length);
  return parts | ladder_profile_take_changed_parts (self->profile);
}

/* Old steps go first when the history grows past its bounds. */
static void
trim (History *history)
{
  gsize bytes = 0;
  guint kept = 0;

  for (GList *l = history->undo.head; l != NULL; l = l->next)
    {
      bytes += ((Step *) l->data)->length;
      kept++;
      if (kept > LADDER_SESSION_MAX_STEPS || (bytes > LADDER_SESSION_MAX_BYTES && kept > 1))
        {
          while (history->undo.tail != l)
            step_free (g_queue_pop_tail (&history->undo));
          step_free (g_queue_pop_tail (&history->undo));
          break;
        }
    }
}

/**
 * ladder_session_close_step:
 *
 * Ends the step that this turn of the main loop's changes went into. Runs by itself when the
 * main loop is idle; call it to make the next change a step of its own.
 */
void
ladder_session_close_step (LadderSession *self)
{
  Step *step, *previous;

  g_return_if_fail (LADDER_IS_SESSION (self));

  g_clear_handle_id (&self->close_source, g_source_remove);
  step = g_steal_pointer (&self->open_step);
  if (step == NULL)
    return;
  step->parts = take_current (self);

  previous = g_queue_peek_nth (&self->history->undo, 1);
  if (self->may_merge && previous != NULL && step->key != NULL &&
      g_strcmp0 (previous->key, step->key) == 0 && step->time - previous->time < COALESCE_US)
    {
      /* One edit of one field: keep the state before its first keystroke. */
      g_queue_pop_head (&self->history->undo);
      previous->time = step->time;
      previous->parts |= step->parts;
      step_free (step);
    }
  self->may_merge = TRUE;
  trim (self->history);
  history_changed (self);
}

static gboolean
close_step_cb (gpointer user_data)
{
  LadderSession *self = user_data;

  self->close_source = 0;
  ladder_session_close_step (self);
  return G_SOURCE_REMOVE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  LadderSession *self = user_data;
  g_autoptr (GError) error = NULL;

  self->save_source = 0;
  if (!ladder_session_save (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (LadderSession *self)
{
  set_unsaved (self, TRUE);
  if (ladder_profile_get_read_only (self->profile))
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (LADDER_SESSION_SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
on_profile_changed_cb (LadderSession *self)
{
  const char *key = NULL;
  const char *label;

  label = ladder_profile_get_change (self->profile, &key);
  /* Ladder's own drafts of answers the profile lacks (the Interview view shown for the first
   * time) follow from the profile as it is: they are not the person's change, so they are no
   * step to undo and no reason to write the file (a look must not replace the backup). They
   * are saved with the person's next change. The session's text of the profile stays as it
   * was: the next step's "before" is the profile without them (they are drafted again), and a
   * change arriving in the same turn (a reload that the view redrafts for) keeps its own. */
  if (!self->restoring && self->open_step == NULL &&
      g_str_has_prefix (key != NULL ? key : "", "draft:"))
    return;
  schedule_save (self);
  if (self->restoring)
    return;

  if (self->open_step == NULL)
    {
      Step *step = g_new0 (Step, 1);

      step->serial = ++self->next_serial;
      step->key = g_strdup (key);
      /* Translators: what Undo takes back when it is more than one thing */
      step->label = g_strdup (label != NULL ? label : _("several changes"));
      step->data = g_steal_pointer (&self->current);
      step->length = self->current_length;
      step->time = g_get_monotonic_time ();
      self->open_step = step;
      g_queue_push_head (&self->history->undo, step);
      g_queue_clear_full (&self->history->redo, (GDestroyNotify) step_free);
      self->close_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, close_step_cb, self, NULL);
      history_changed (self);
    }
  else if (g_str_has_prefix (key != NULL ? key : "", "draft:"))
    ; /* drafts made again follow from the change the step is named after */
  else if (g_strcmp0 (self->open_step->key, key) != 0)
    {
      g_clear_pointer (&self->open_step->key, g_free);
      g_free (self->open_step->label);
      self->open_step->label = g_strdup (_("several changes"));
    }
}

/* Undo and redo: the step's profile goes back in, and what was there goes on the other list. */
static char *
travel (LadderSession *self,
        GQueue        *from,
        GQueue        *to,
        GError       **error)
{
  Step *step;
  char *now;
  guint slot, parts;

  if (self->profile == NULL)
    return NULL;
  ladder_session_close_step (self);
  step = g_queue_peek_head (from);
  if (step == NULL)
    return NULL;

  /* What differs between the step's text and the profile: what the step changed, and what
   * changed since without being a step (Ladder's own drafts). Only those parts are told, so a
   * view keeps what did not change. */
  parts = step->parts | self->carried_parts | ladder_profile_take_changed_parts (self->profile);
  self->restoring = TRUE;
  slot = from == &self->history->undo ? AHEAD_UNDO : AHEAD_REDO;
  if (ahead_ready (self, slot))
    {
      ladder_profile_take_content (self->profile, self->ahead[slot].profile, NULL, parts);
      ahead_clear (&self->ahead[slot]);
    }
  else if (!ladder_profile_restore (self->profile, step->data, step->length, parts, error))
    {
      self->restoring = FALSE;
      return NULL;
    }
  self->restoring = FALSE;
  /* Drafts the views made while the profile was told of the undo are not in the step's text. */
  self->carried_parts = ladder_profile_take_changed_parts (self->profile) &
                        LADDER_PROFILE_PART_INTERVIEW;
  g_queue_pop_head (from);
  /* With no step open, the session's text of the profile is what it was until now: that goes
   * on the other list, and the step's text is what it is now. */
  now = self->current;
  self->current = step->data;
  step->data = now;
  {
    gsize length = self->current_length;

    self->current_length = step->length;
    step->length = length;
  }
  step->time = 0;
  g_queue_push_head (to, step);
  self->may_merge = FALSE;
  history_changed (self);
  return g_strdup (step->label);
}

/**
 * ladder_session_undo:
 *
 * Returns: (transfer full) (nullable): what was undone, in words; %NULL when there was nothing
 *   to undo or @error is set
 */
char *
ladder_session_undo (LadderSession *self,
                     GError       **error)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  if (self->history == NULL)
    return NULL;
  return travel (self, &self->history->undo, &self->history->redo, error);
}

/**
 * ladder_session_redo:
 *
 * Returns: (transfer full) (nullable): what was done again, in words
 */
char *
ladder_session_redo (LadderSession *self,
                     GError       **error)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  if (self->history == NULL)
    return NULL;
  return travel (self, &self->history->redo, &self->history->undo, error);
}

gboolean
ladder_session_can_undo (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  return self->history != NULL && !g_queue_is_empty (&self->history->undo) &&
         !ladder_profile_get_read_only (self->profile);
}

gboolean
ladder_session_can_redo (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  return self->history != NULL && !g_queue_is_empty (&self->history->redo) &&
         !ladder_profile_get_read_only (self->profile);
}

const char *
ladder_session_get_undo_label (LadderSession *self)
{
  Step *step;

  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  step = self->history != NULL ? g_queue_peek_head (&self->history->undo) : NULL;
  return step != NULL ? step->label : NULL;
}

const char *
ladder_session_get_redo_label (LadderSession *self)
{
  Step *step;

  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  step = self->history != NULL ? g_queue_peek_head (&self->history->redo) : NULL;
  return step != NULL ? step->label : NULL;
}

/* The newest step's number, so that a toast's Undo takes back its own change and no other. */
guint64
ladder_session_get_undo_serial (LadderSession *self)
{
  Step *step;

  g_return_val_if_fail (LADDER_IS_SESSION (self), 0);
  step = self->history != NULL ? g_queue_peek_head (&self->history->undo) : NULL;
  return step != NULL ? step->serial : 0;
}

/* ---- The open profile ------------------------------------------------------------------- */

/**
 * ladder_session_set_profile:
 * @profile: (nullable): the profile to open
 *
 * Opens @profile without saving the one it replaces (save that first). The history of each
 * profile opened before in this session comes back with it.
 */
void
ladder_session_set_profile (LadderSession *self,
                            LadderProfile *profile,
                            const char    *file_name)
{
  g_return_if_fail (LADDER_IS_SESSION (self));
  g_return_if_fail (profile == NULL || file_name != NULL);

  ladder_session_close_step (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);

  /* Another profile: this one's history waits for it. The same profile under another name
   * ("Save Mine as a Copy") keeps its history. */
  if (self->history != NULL && profile != self->profile)
    {
      if (self->file_name != NULL)
        g_hash_table_replace (self->histories, g_strdup (self->file_name), self->history);
      else
        history_free (self->history);
      self->history = NULL;
    }

  /* A plan made in another language reads in this one; the file is left as it is until the
   * person changes something. */
  if (profile != NULL)
    ladder_planner_localize (ladder_profile_get_framework (profile), profile);
  g_set_object (&self->profile, profile);
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  self->unsaved = FALSE;
  self->may_merge = FALSE;
  if (profile != NULL && self->history == NULL)
    {
      gpointer key = NULL, history = NULL;

      if (g_hash_table_steal_extended (self->histories, file_name, &key, &history))
        {
          g_free (key);
          self->history = history;
        }
      else
        self->history = g_new0 (History, 1);
    }
  take_current (self);
  if (profile != NULL)
    g_signal_connect_object (profile, "changed", G_CALLBACK (on_profile_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
  history_changed (self);
}

/* A deleted profile's history goes with it. */
void
ladder_session_forget_history (LadderSession *self,
                               const char    *file_name)
{
  g_return_if_fail (LADDER_IS_SESSION (self));
  g_hash_table_remove (self->histories, file_name);
}

LadderStore *
ladder_session_get_store (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  return self->store;
}

LadderProfile *
ladder_session_get_profile (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  return self->profile;
}

const char *
ladder_session_get_file_name (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  return self->file_name;
}

gboolean
ladder_session_get_unsaved (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  return self->unsaved;
}

/**
 * ladder_session_save:
 *
 * Writes the open profile if it changed since it was opened or last saved; never otherwise, so
 * that the backup keeps the version before this session's edits.
 */
gboolean
ladder_session_save (LadderSession *self,
                     GError       **error)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->profile == NULL || !self->unsaved || ladder_profile_get_read_only (self->profile))
    return TRUE;
  if (!ladder_store_save (self->store, self->profile, self->file_name, error))
    return FALSE;
  set_unsaved (self, FALSE);
  return TRUE;
}

/* ---- Conflicts and the trash -------------------------------------------------------------
 * When another program changed or removed the open profile's file, nothing is written over it
 * (see ladder_store_save); the person chooses one of these. */

/**
 * ladder_session_reload:
 *
 * Drops the changes made here and takes the file as it is on disk, as one step: Undo brings
 * the changes back. The file is not written.
 */
gboolean
ladder_session_reload (LadderSession *self,
                       GError       **error)
{
  g_autoptr (LadderProfile) profile = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->profile != NULL, FALSE);

  profile = ladder_store_load (self->store, self->file_name, error);
  if (profile == NULL)
    return FALSE;
  data = ladder_profile_to_data (profile, &length);
  /* Translators: what Undo takes back after the profile was reloaded from its file */
  if (!ladder_profile_replace_content (self->profile, data, length, _("reload from disk"),
                                       error))
    return FALSE;
  ladder_session_close_step (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  set_unsaved (self, FALSE);
  return TRUE;
}

/**
 * ladder_session_save_again:
 *
 * Writes the open profile to its file although the file changed or went away since it was read.
 */
gboolean
ladder_session_save_again (LadderSession *self,
                           GError       **error)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->profile != NULL, FALSE);

  ladder_store_forget (self->store, self->file_name);
  set_unsaved (self, TRUE);
  return ladder_session_save (self, error);
}

/**
 * ladder_session_save_as_copy:
 *
 * Saves the open profile under a new file name and goes on with it there; the file that changed
 * elsewhere is left as it is. The history goes with the profile.
 *
 * Returns: (transfer full) (nullable): the new file name
 */
char *
ladder_session_save_as_copy (LadderSession *self,
                             GError       **error)
{
  g_autoptr (LadderProfile) mine = NULL;
  char *file_name;

  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  g_return_val_if_fail (self->profile != NULL, NULL);

  mine = g_object_ref (self->profile);
  file_name = ladder_store_create (self->store, mine, error);
  if (file_name != NULL)
    ladder_session_set_profile (self, mine, file_name);
  return file_name;
}

/**
 * ladder_session_delete:
 *
 * Saves what is pending, moves the open profile's file to the trash, forgets its history and
 * closes it; ladder_session_undo_delete() brings it back.
 *
 * Returns: (transfer full) (nullable): the deleted profile's name, or %NULL with @error
 */
char *
ladder_session_delete (LadderSession *self,
                       GError       **error)
{
  g_autofree char *trashed = NULL;
  char *name;

  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);
  g_return_val_if_fail (self->profile != NULL, NULL);

  /* A failed save leaves the file to the person (it may have changed elsewhere): delete it as
   * it is on disk, which is what the trash then holds. */
  ladder_session_save (self, NULL);
  trashed = ladder_store_delete (self->store, self->file_name, error);
  if (trashed == NULL)
    return NULL;
  g_free (self->trashed);
  self->trashed = g_steal_pointer (&trashed);
  name = g_strdup (ladder_profile_get_name (self->profile));
  /* Its history goes with it: a later profile of the same file name starts afresh. */
  ladder_session_close_step (self);
  g_clear_pointer (&self->history, history_free);
  ladder_session_forget_history (self, self->file_name);
  ladder_session_set_profile (self, NULL, NULL);
  return name;
}

gboolean
ladder_session_can_undo_delete (LadderSession *self)
{
  g_return_val_if_fail (LADDER_IS_SESSION (self), FALSE);
  return self->trashed != NULL;
}

/**
 * ladder_session_undo_delete:
 *
 * Puts the last deleted profile back in the store (under a new name if its old one was taken
 * since). It is not opened: that is the caller's choice.
 *
 * Returns: (transfer full) (nullable): its file name
 */
char *
ladder_session_undo_delete (LadderSession *self,
                            GError       **error)
{
  g_autofree char *trashed = NULL;

  g_return_val_if_fail (LADDER_IS_SESSION (self), NULL);

  if (self->trashed == NULL)
    {
      g_set_error_literal (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND,
                           _("There is no deleted profile to bring back."));
      return NULL;
    }
  trashed = g_steal_pointer (&self->trashed);
  return ladder_store_restore (self->store, trashed, error);
}

/* ---- Object ----------------------------------------------------------------------------- */

LadderSession *
ladder_session_new (LadderStore *store)
{
  g_return_val_if_fail (LADDER_IS_STORE (store), NULL);

  return g_object_new (LADDER_TYPE_SESSION, "store", store, NULL);
}

static void
ladder_session_dispose (GObject *object)
{
  LadderSession *self = LADDER_SESSION (object);

  g_clear_handle_id (&self->close_source, g_source_remove);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->ahead_source, g_source_remove);
  for (guint slot = 0; slot < N_AHEAD; slot++)
    ahead_clear (&self->ahead[slot]);
  self->open_step = NULL;
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ladder_session_parent_class)->dispose (object);
}

static void
ladder_session_finalize (GObject *object)
{
  LadderSession *self = LADDER_SESSION (object);

  g_clear_pointer (&self->history, history_free);
  g_clear_pointer (&self->histories, g_hash_table_unref);
  g_free (self->current);
  g_free (self->file_name);
  g_free (self->trashed);
  G_OBJECT_CLASS (ladder_session_parent_class)->finalize (object);
}

static void
ladder_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadderSession *self = LADDER_SESSION (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    case PROP_FILE_NAME: g_value_set_string (value, self->file_name); break;
    case PROP_UNSAVED: g_value_set_boolean (value, self->unsaved); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadderSession *self = LADDER_SESSION (object);

  if (prop_id == N_PROPS)
    self->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ladder_session_class_init (LadderSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = ladder_session_dispose;
  object_class->finalize = ladder_session_finalize;
  object_class->get_property = ladder_session_get_property;
  object_class->set_property = ladder_session_set_property;

  properties[PROP_PROFILE] = g_param_spec_object ("profile", NULL, NULL, LADDER_TYPE_PROFILE, ro);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, ro);
  properties[PROP_UNSAVED] = g_param_spec_boolean ("unsaved", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_install_property (object_class, N_PROPS,
                                   g_param_spec_object ("store", NULL, NULL, LADDER_TYPE_STORE,
                                                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS));

  /* The undo or redo list changed: a step was added, closed, undone or redone. */
  signals[HISTORY_CHANGED] = g_signal_new ("history-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /* An auto-save failed; the profile is still unsaved. */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ladder_session_init (LadderSession *self)
{
  self->histories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) history_free);
}
