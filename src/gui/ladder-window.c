/* SPDX-License-Identifier: GPL-3.0-or-later
 * The main window: one profile at a time, its views, the profile menu, saving. */
#define G_LOG_DOMAIN "ladder-window"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-accessible.h"
#include "ladder-interview-view.h"
#include "ladder-ladder-view.h"
#include "ladder-banner.h"
#include "ladder-frameworks-dialog.h"
#include "ladder-new-profile-dialog.h"
#include "ladder-plan-view.h"
#include "ladder-profile-settings.h"
#include "ladder-progress-view.h"
#include "ladder-skills-view.h"
#include "ladder-toast.h"
#include "core/ladder-format.h"
#include "core/ladder-session.h"
#include "ladder-window-private.h"

G_DEFINE_FINAL_TYPE (LadderWindow, ladder_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FILE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_actions (LadderWindow *self);
static void refresh_profile_menu (LadderWindow *self);

/* libadwaita 1.2 crashes (adw_animation_skip on a freed toast) when a toast is dismissed while
 * it is still coming in, which two toasts in quick succession did (Ctrl+Z twice). So a toast
 * stays at least this long before another replaces it or it is dismissed. */
#define TOAST_SETTLE_US (600 * 1000)

static void
on_any_toast_dismissed_cb (AdwToast *toast)
{
  g_object_set_data (G_OBJECT (toast), "ladder-dismissed", GINT_TO_POINTER (TRUE));
}

static gboolean
toast_is_dismissed (AdwToast *toast)
{
  return g_object_get_data (G_OBJECT (toast), "ladder-dismissed") != NULL;
}

static gint64
toast_age (AdwToast *toast)
{
  gint64 *shown = g_object_get_data (G_OBJECT (toast), "ladder-shown-at");

  return shown != NULL ? g_get_monotonic_time () - *shown : G_MAXINT64;
}

static gboolean
dismiss_later_cb (gpointer data)
{
  if (!toast_is_dismissed (data))
    adw_toast_dismiss (data);
  return G_SOURCE_REMOVE;
}

/* Dismisses a toast now, or as soon as it has settled on screen. */
void
ladder_window_dismiss_toast (AdwToast *toast)
{
  gint64 age;

  if (toast == NULL || toast_is_dismissed (toast))
    return;
  age = toast_age (toast);
  if (age >= TOAST_SETTLE_US)
    adw_toast_dismiss (toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) ((TOAST_SETTLE_US - age) / 1000) + 1,
                        dismiss_later_cb, g_object_ref (toast), g_object_unref);
}

static void
on_shown_toast_dismissed_cb (LadderWindow *self,
                             AdwToast     *toast)
{
  if (self->shown_toast == toast)
    self->shown_toast = NULL;
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      found = find_action_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A toast's button says what it acts on ("Open “plan.pdf”", not "Open"), when the toast asks
 * for it: libadwaita makes the button as the toast is shown, the newest last. */
static void
name_toast_button (LadderWindow *self,
                   AdwToast     *toast)
{
  const char *name = g_object_get_data (G_OBJECT (toast), "ladder-button-name");
  GtkWidget *shown = gtk_widget_get_last_child (GTK_WIDGET (self->toast_overlay));
  g_autoptr (AdwToast) shows = NULL;
  GtkWidget *button;

  if (name == NULL || shown == NULL ||
      g_object_class_find_property (G_OBJECT_GET_CLASS (shown), "toast") == NULL)
    return;
  g_object_get (shown, "toast", &shows, NULL);
  if (shows != toast) /* still waiting for the one before it */
    return;
  button = find_action_button (shown, adw_toast_get_action_name (toast));
  if (button != NULL)
    ladder_accessible_name_button (button, name);
}

static void
show_toast_now (LadderWindow *self,
                AdwToast     *toast)
{
  gint64 *shown = g_new (gint64, 1);

  if (self->shown_toast != NULL && !toast_is_dismissed (self->shown_toast))
    adw_toast_dismiss (self->shown_toast);
  *shown = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (toast), "ladder-shown-at", shown, g_free);
  self->shown_toast = toast;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_shown_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  name_toast_button (self, toast);
}

static gboolean
show_pending_toast_cb (gpointer user_data)
{
  LadderWindow *self = user_data;
  AdwToast *toast = g_steal_pointer (&self->pending_toast);

  self->pending_source = 0;
  if (toast != NULL)
    show_toast_now (self, toast);
  return G_SOURCE_REMOVE;
}

/* Every toast of the window comes here: the newest one replaces the one on screen (once that
 * has settled), and only the newest of those waiting is kept. Takes @toast. */
static void
present_toast (LadderWindow *self,
               AdwToast     *toast)
{
  gint64 age;

  g_signal_connect (toast, "dismissed", G_CALLBACK (on_any_toast_dismissed_cb), NULL);
  age = self->shown_toast != NULL && !toast_is_dismissed (self->shown_toast)
        ? toast_age (self->shown_toast) : G_MAXINT64;
  if (age >= TOAST_SETTLE_US && self->pending_toast == NULL)
    {
      show_toast_now (self, toast);
      return;
    }
  if (self->pending_toast != NULL)
    {
      AdwToast *dropped = g_steal_pointer (&self->pending_toast);

      adw_toast_dismiss (dropped); /* never shown: only tells who waits for it */
      g_object_unref (dropped);
    }
  self->pending_toast = toast;
  if (self->pending_source == 0)
    self->pending_source = g_timeout_add (age < TOAST_SETTLE_US
                                          ? (guint) ((TOAST_SETTLE_US - age) / 1000) + 1 : 1,
                                          show_pending_toast_cb, self);
}

/**
 * ladder_window_add_toast:
 * @toast: (transfer full): the toast
 */
void
ladder_window_add_toast (LadderWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  present_toast (self, toast);
}

void
ladder_window_show_error (LadderWindow *self,
                          const char   *message)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));

  /* In full, until dismissed: a toast cuts a long reason off and goes away. */
  ladder_banner_show (self->error_banner, message, NULL, NULL);
  self->error_is_save = FALSE;
}

/**
 * ladder_window_get_message:
 *
 * Returns: (nullable): the error shown under the header, if any, else why the profile is
 * read-only, if it is
 */
const char *
ladder_window_get_message (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  if (ladder_banner_get_text (self->error_banner) != NULL)
    return ladder_banner_get_text (self->error_banner);
  return ladder_banner_get_text (self->state_banner);
}

void
ladder_window_show_error_dialog (LadderWindow *self,
                                 const char   *heading,
                                 const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (LadderWindow *self,
            const char   *message)
{
  present_toast (self, ladder_toast_new_plain (message));
}

/* ---- Saving ----------------------------------------------------------------------------- */

static void set_profile (LadderWindow  *self,
                         LadderProfile *profile,
                         const char    *file_name);

static void open_profile (LadderWindow  *self,
                          LadderProfile *profile,
                          const char    *file_name,
                          gboolean       save_first);

static void profile_replaced (LadderWindow *self);
static void on_save_failed_cb (LadderWindow *self,
                               GError       *error);
gboolean ladder_window_save_now (LadderWindow *self);

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LadderWindow     *self)
{
  g_autoptr (GError) error = NULL;

  self->conflict_open = FALSE;
  if (PROFILE (self) == NULL)
    return;
  if (g_strcmp0 (response, "reload") == 0)
    {
      /* One step: the toast's Undo brings the changes made here back. */
      if (!ladder_session_reload (self->session, &error))
        ladder_window_show_error_dialog (self, _("The Profile Could Not Be Reloaded"),
                                         error->message);
      else
        ladder_window_show_undo_toast (self, _("Reloaded from disk"));
    }
  else if (g_strcmp0 (response, "restore") == 0)
    {
      if (ladder_session_save_again (self->session, &error))
        show_toast (self, _("Profile saved again"));
      else
        on_save_failed_cb (self, error);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      g_autofree char *file_name = ladder_session_save_as_copy (self->session, &error);

      if (file_name == NULL)
        ladder_window_show_error_dialog (self, _("The Profile Could Not Be Saved"), error->message);
      else
        {
          profile_replaced (self);
          show_toast (self, _("Your version was saved as a copy"));
        }
    }
}

/* The file changed or went away under us: never write over it, and let the person choose. */
static void
ask_about_conflict (LadderWindow *self,
                    gboolean      removed)
{
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (self->conflict_open)
    return;
  self->conflict_open = TRUE;
  if (removed)
    {
      /* Translators: %s is a profile's name */
      heading = g_strdup_printf (_("“%s” Was Removed Elsewhere"),
                                 ladder_profile_get_name (PROFILE (self)));
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       _("Another program deleted or moved this profile’s file "
                                         "while it was open here. Save it again to keep it, "
                                         "with your changes."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "later", _("_Decide Later"),
                                        "restore", _("_Save It Again"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
    }
  else
    {
      /* Translators: %s is a profile's name */
      heading = g_strdup_printf (_("“%s” Was Changed Elsewhere"),
                                 ladder_profile_get_name (PROFILE (self)));
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       _("Another program, or another Ladder window, changed "
                                         "this profile’s file after you opened it. Nothing was "
                                         "written over it. Keep both by saving your version as "
                                         "a copy, or reload the file and drop the changes made "
                                         "here."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "later", _("_Decide Later"),
                                        "reload", _("_Reload from Disk"),
                                        "copy", _("Save Mine as a _Copy"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_failed_cb (LadderWindow *self,
                   GError       *error)
{
  if (g_error_matches (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_CHANGED_ON_DISK))
    ask_about_conflict (self, FALSE);
  else if (g_error_matches (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_REMOVED))
    ask_about_conflict (self, TRUE);
  else
    {
      ladder_window_show_error (self, error->message);
      self->error_is_save = TRUE;
    }
}

/* A save that went through makes a "could not save" untrue. */
static void
on_unsaved_changed_cb (LadderWindow *self)
{
  if (self->error_is_save && !ladder_session_get_unsaved (self->session))
    {
      ladder_banner_hide (self->error_banner);
      self->error_is_save = FALSE;
    }
}

gboolean
ladder_window_save_now (LadderWindow *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);

  /* Typing in an answer reaches the profile a moment later: take it now. */
  if (self->interview_view != NULL)
    ladder_interview_view_save_now (self->interview_view);
  if (!ladder_session_save (self->session, &error))
    {
      on_save_failed_cb (self, error);
      return FALSE;
    }
  return TRUE;
}

/* ---- The open profile ------------------------------------------------------------------- */

static void
update_pages (LadderWindow *self)
{
  g_autofree char *subtitle = NULL;

  if (PROFILE (self) == NULL)
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_label_set_text (self->profile_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->profile_label), FALSE);
      gtk_window_set_title (GTK_WINDOW (self), _("Ladder"));
      return;
    }

  if (ladder_profile_get_read_only (PROFILE (self)))
    /* Translators: the window's subtitle for a profile that cannot be saved */
    subtitle = g_strdup_printf (_("%s (read-only)"), ladder_profile_get_name (PROFILE (self)));
  else
    subtitle = g_strdup (ladder_profile_get_name (PROFILE (self)));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_label_set_text (self->profile_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_label), TRUE);
  {
    /* Translators: the window title: "Li Wei — Ladder" */
    g_autofree char *title = g_strdup_printf (_("%s — Ladder"), subtitle);
    gtk_window_set_title (GTK_WINDOW (self), title);
  }

}

/* Every view shows the session's profile: its "profile" property is bound to the session's. A
 * view keeps the profile while hidden: a switch shows what is there, and the Plan and Skills
 * views catch up with changes made elsewhere only when shown (see their map). */
static void
follow_profile (LadderWindow *self,
                GtkWidget    *view)
{
  g_object_bind_property (self->session, "profile", view, "profile", G_BINDING_SYNC_CREATE);
}

/* A view is built when first shown, so the first frame costs one view, not four (see
 * bench/README.md). */
/* ---- Focus across view switches ----------------------------------------------------------
 * A view switched away from (Alt+1…4) keeps the focus it had, remembered on its page; the view
 * switched to gets the focus back where it was, or on its first control, so that the keyboard
 * is never left on something hidden. Focus in the header bar stays there. */

static gboolean
focus_shown_view_cb (gpointer user_data)
{
  LadderWindow *self = user_data;
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *remembered;

  self->focus_source = 0;
  /* GTK 4.8 moves the focus of a hidden widget to the window's first control (the Profiles
   * button) before this runs: only focus already in the view shown stays. */
  if (page == NULL || (focus != NULL && gtk_widget_is_ancestor (focus, page) &&
                       gtk_widget_is_drawable (focus)))
    return G_SOURCE_REMOVE;
  remembered = g_object_get_data (G_OBJECT (page), "ladder-focus");
  if (remembered != NULL && gtk_widget_is_ancestor (remembered, page) &&
      gtk_widget_is_drawable (remembered) && gtk_widget_grab_focus (remembered))
    return G_SOURCE_REMOVE;
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

static void
remember_focus (LadderWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *shown = adw_view_stack_get_visible_child (self->view_stack);

  if (self->shown_page != NULL && self->shown_page != shown && focus != NULL &&
      gtk_widget_is_ancestor (focus, self->shown_page))
    {
      g_object_set_data_full (G_OBJECT (self->shown_page), "ladder-focus",
                              g_object_ref (focus), g_object_unref);
      g_clear_handle_id (&self->focus_source, g_source_remove);
      self->focus_source = g_idle_add (focus_shown_view_cb, self);
    }
  self->shown_page = shown;
}

static void
sync_views (LadderWindow *self)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  remember_focus (self);

  if (visible != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-view", visible);

  if (g_strcmp0 (visible, "skills") == 0 && self->skills_view == NULL)
    {
      self->skills_view = g_object_new (LADDER_TYPE_SKILLS_VIEW, NULL);
      follow_profile (self, GTK_WIDGET (self->skills_view));
      adw_bin_set_child (self->skills_bin, GTK_WIDGET (self->skills_view));
    }
  if (g_strcmp0 (visible, "plan") == 0 && self->plan_view == NULL)
    {
      self->plan_view = g_object_new (LADDER_TYPE_PLAN_VIEW, NULL);
      follow_profile (self, GTK_WIDGET (self->plan_view));
      adw_bin_set_child (self->plan_bin, GTK_WIDGET (self->plan_view));
    }
  if (g_strcmp0 (visible, "interview") == 0 && self->interview_view == NULL)
    {
      self->interview_view = g_object_new (LADDER_TYPE_INTERVIEW_VIEW, NULL);
      follow_profile (self, GTK_WIDGET (self->interview_view));
      adw_bin_set_child (self->interview_bin, GTK_WIDGET (self->interview_view));
    }
  if (g_strcmp0 (visible, "progress") == 0 && self->progress_view == NULL)
    {
      self->progress_view = g_object_new (LADDER_TYPE_PROGRESS_VIEW, NULL);
      follow_profile (self, GTK_WIDGET (self->progress_view));
      adw_bin_set_child (self->progress_bin, GTK_WIDGET (self->progress_view));
    }
}

/**
 * ladder_window_get_view:
 * @name: "ladder", "skills", "plan", "interview" or "progress"
 *
 * Returns: (transfer none) (nullable): the view, if it was shown once
 */
GtkWidget *
ladder_window_get_view (LadderWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  if (g_strcmp0 (name, "ladder") == 0)
    return GTK_WIDGET (self->ladder_view);
  if (g_strcmp0 (name, "skills") == 0)
    return GTK_WIDGET (self->skills_view);
  if (g_strcmp0 (name, "plan") == 0)
    return GTK_WIDGET (self->plan_view);
  if (g_strcmp0 (name, "interview") == 0)
    return GTK_WIDGET (self->interview_view);
  if (g_strcmp0 (name, "progress") == 0)
    return GTK_WIDGET (self->progress_view);
  return NULL;
}

static void
open_profile (LadderWindow  *self,
              LadderProfile *profile,
              const char    *file_name,
              gboolean       save_first)
{
  if (PROFILE (self) != NULL)
    {
      if (save_first)
        ladder_window_save_now (self);
      g_signal_handlers_disconnect_by_data (PROFILE (self), self);
    }
  ladder_session_set_profile (self->session, profile, file_name);
  profile_replaced (self);
}

/* Shows the profile the session holds now: after opening one, reloading it from disk, or
 * saving it as a copy. */
static void
profile_replaced (LadderWindow *self)
{
  LadderProfile *profile = PROFILE (self);

  sync_views (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);

  if (profile != NULL)
    {
      g_signal_handlers_disconnect_by_func (profile, update_pages, self);
      g_signal_connect_object (profile, "notify", G_CALLBACK (update_pages), self,
                               G_CONNECT_SWAPPED);
      g_settings_set_string (self->settings, "last-profile", FILE_NAME (self));
      gtk_stack_set_visible_child_name (self->main_stack, "profile");
      if (ladder_profile_get_read_only_reason (profile) != NULL)
        {
          /* Translators: %s says why: "The company ladder “acme” is not on this computer: …" */
          g_autofree char *message = g_strdup_printf (
            _("%s. Until then, this profile is open read-only, and nothing you change will be "
              "saved."),
            ladder_profile_get_read_only_reason (profile));

          ladder_banner_show (self->state_banner, message, _("Company _Ladders…"),
                              "win.company-ladders");
        }
      else if (ladder_profile_get_read_only (profile))
        ladder_banner_show (self->state_banner,
                            _("This profile was written by a newer version of Ladder. It is "
                              "open read-only, and nothing you change will be saved."),
                            NULL, NULL);
      else
        ladder_banner_hide (self->state_banner);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      ladder_banner_hide (self->state_banner);
    }

  update_pages (self);
  update_actions (self);
}

static void
set_profile (LadderWindow  *self,
             LadderProfile *profile,
             const char    *file_name)
{
  open_profile (self, profile, file_name, TRUE);
}

gboolean
ladder_window_open_profile (LadderWindow *self,
                            const char   *file_name)
{
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);

  if (g_strcmp0 (file_name, FILE_NAME (self)) == 0)
    return TRUE;

  profile = ladder_store_load (self->store, file_name, &error);
  if (profile == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Opened"), file_name);
      g_autofree char *body = g_strdup_printf (_("%s\n\nThe file was left exactly as it is."),
                                               error->message);

      ladder_window_show_error_dialog (self, heading, body);
      return FALSE;
    }
  set_profile (self, profile, file_name);
  return TRUE;
}

LadderProfile *
ladder_window_get_profile (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return PROFILE (self);
}

const char *
ladder_window_get_file_name (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return FILE_NAME (self);
}

LadderSession *
ladder_window_get_session (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return self->session;
}

LadderStore *
ladder_window_get_store (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return self->store;
}

/* ---- Profile menu ----------------------------------------------------------------------- */

/* Called by the menu button each time its menu is about to open (GTK 4.8 clears the menu's
 * model first): the profiles are listed then. */
static void
create_profile_menu_cb (GtkMenuButton *button,
                        gpointer       data)
{
  LadderWindow *self = data;

  refresh_profile_menu (self);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->profile_menu));
}

static void
refresh_profile_menu (LadderWindow *self)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) error = NULL;

  g_menu_remove_all (self->profiles_section);
  entries = ladder_store_list (self->store, &error);
  if (entries == NULL)
    {
      ladder_window_show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      LadderStoreEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr (GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (entry->name != NULL)
        {
          g_autofree char *name = g_strstrip (g_strdup (entry->name));

          /* Menu labels read "_" as a mnemonic: "product_ops" must stay as typed. */
          if (*name != '\0')
            {
              g_auto (GStrv) parts = g_strsplit (name, "_", -1);

              label = g_strjoinv ("__", parts);
            }
          else
            /* Translators: a profile whose name is empty, in the profile menu; %s is its file */
            label = g_strdup_printf (_("%s (no name)"), entry->file_name);
        }
      else
        /* Translators: a profile file that cannot be read, in the profile menu */
        label = g_strdup_printf (_("%s (cannot be read)"), entry->file_name);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-profile",
                                               g_variant_new_string (entry->file_name));
      g_menu_append_item (self->profiles_section, item);
    }
}

static void
update_actions (LadderWindow *self)
{
  gboolean has = PROFILE (self) != NULL;
  gboolean writable = has && !ladder_profile_get_read_only (PROFILE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-profile", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-version", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.profile-settings", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.regenerate-plan", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-profile", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-profile", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-profile", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-markdown", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-calendar", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-case", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-ratings", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has);
}

/* "win.open-profile" is the "file-name" property as a stateful action, so that the profile
 * menu marks the open profile. */
static void
ladder_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadderWindow *self = LADDER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, FILE_NAME (self) != NULL ? FILE_NAME (self) : "");
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadderWindow *self = LADDER_WINDOW (object);
  const char *file_name = g_value_get_string (value);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      if (file_name != NULL && *file_name != '\0')
        ladder_window_open_profile (self, file_name);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  gboolean in_view = focus != NULL && page != NULL && gtk_widget_is_ancestor (focus, page);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
  /* The focus goes into the view shown (the stack's doing, or focus_shown_view_cb()): a
   * shortcut moved it, so its ring shows where it went, as after Tab. (After a click on the
   * switcher, GTK keeps the ring hidden.) */
  if (in_view)
    gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
}

/* The toast after a plan item is marked Done: log its evidence in the Progress view. */
static void
log_evidence_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "progress");
  if (self->progress_view != NULL)
    ladder_progress_view_log_item (self->progress_view, g_variant_get_string (parameter, NULL));
}

static void
profile_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_menu_button_popup (LADDER_WINDOW (widget)->profile_menu_button);
}

/* ---- New, rename, duplicate, delete ----------------------------------------------------- */

static void
on_new_profile_create_cb (LadderWindow  *self,
                          LadderProfile *profile)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = NULL;

  file_name = ladder_store_create (self->store, profile, &error);
  if (file_name == NULL)
    {
      ladder_window_show_error_dialog (self, _("The Profile Could Not Be Created"), error->message);
      return;
    }
  set_profile (self, profile, file_name);
}

static LadderNewProfileDialog *
open_new_profile_dialog (LadderWindow *self)
{
  LadderNewProfileDialog *dialog = ladder_new_profile_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "create", G_CALLBACK (on_new_profile_create_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
new_profile_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_new_profile_dialog (LADDER_WINDOW (widget));
}

/* "New Profile…" beside a ladder in Company Ladders: that dialog closes, and New Profile opens
 * on the ladder. */
static void
on_ladders_new_profile_cb (LadderWindow           *self,
                           const char             *id,
                           LadderFrameworksDialog *ladders)
{
  LadderNewProfileDialog *dialog;

  gtk_window_close (GTK_WINDOW (ladders));
  dialog = open_new_profile_dialog (self);
  ladder_new_profile_dialog_set_framework (dialog, id);
}

static void
company_ladders_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  LadderFrameworksDialog *dialog = ladder_frameworks_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "new-profile", G_CALLBACK (on_ladders_new_profile_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_rename_entry_changed_cb (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *name != '\0');
}

static void
on_rename_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LadderWindow     *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "rename") != 0 || *name == '\0' || PROFILE (self) == NULL)
    return;
  ladder_profile_set_name (PROFILE (self), name);
  ladder_window_save_now (self);
}

static void
rename_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Profile"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), ladder_profile_get_name (PROFILE (self)));
  gtk_entry_set_max_length (GTK_ENTRY (entry), LADDER_MAX_NAME_CHARS);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Profile name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (on_rename_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duplicate_profile_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = NULL;

  ladder_window_save_now (self);
  file_name = ladder_store_duplicate (self->store, PROFILE (self), &error);
  if (file_name == NULL)
    {
      ladder_window_show_error_dialog (self, _("The Profile Could Not Be Duplicated"),
                                       error->message);
      return;
    }
  ladder_window_open_profile (self, file_name);
}

/* Opens the first readable profile, or shows the empty page. A listing reads only names, so
 * a file that then cannot be opened is passed over quietly, as the listing would have. */
static void
open_any_profile (LadderWindow *self)
{
  g_autoptr (GPtrArray) entries = ladder_store_list (self->store, NULL);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      LadderStoreEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr (LadderProfile) profile = NULL;

      if (entry->name == NULL)
        continue;
      if (g_strcmp0 (entry->file_name, FILE_NAME (self)) == 0)
        return;
      profile = ladder_store_load (self->store, entry->file_name, NULL);
      if (profile != NULL)
        {
          set_profile (self, profile, entry->file_name);
          return;
        }
    }
  set_profile (self, NULL, NULL);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = NULL;

  if (!ladder_session_can_undo_delete (self->session))
    return;
  file_name = ladder_session_undo_delete (self->session, &error);
  if (file_name == NULL)
    {
      ladder_window_show_error_dialog (self, _("The Profile Could Not Be Restored"),
                                       error->message);
      return;
    }
  ladder_window_open_profile (self, file_name);
}

static void
on_delete_toast_dismissed_cb (LadderWindow *self)
{
  self->delete_toast = NULL;
}

static void
delete_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) deleted = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (PROFILE (self) == NULL)
    return;
  /* An answer being typed reaches the profile first (the session saves what is pending). */
  if (self->interview_view != NULL)
    ladder_interview_view_save_now (self->interview_view);
  deleted = g_object_ref (PROFILE (self));
  name = ladder_session_delete (self->session, &error);
  if (name == NULL)
    {
      ladder_window_show_error_dialog (self, _("The Profile Could Not Be Deleted"), error->message);
      return;
    }
  g_signal_handlers_disconnect_by_data (deleted, self);
  open_profile (self, NULL, NULL, FALSE);
  open_any_profile (self);

  ladder_window_dismiss_toast (self->delete_toast);
  title = g_strdup_printf (_("“%s” deleted"), name);
  self->delete_toast = ladder_toast_new_plain (title);
  adw_toast_set_button_label (self->delete_toast, _("_Undo"));
  adw_toast_set_action_name (self->delete_toast, "win.undo-delete");
  g_signal_connect_object (self->delete_toast, "dismissed",
                           G_CALLBACK (on_delete_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  present_toast (self, self->delete_toast);
}

/* ---- Settings -------------------------------------------------------------------------- */

static void
on_settings_closed_cb (LadderWindow          *self,
                       LadderProfileSettings *settings)
{
  AdwToast *toast;

  if (!ladder_profile_settings_get_plan_changed (settings) || PROFILE (self) == NULL ||
      ladder_profile_get_n_plan_items (PROFILE (self)) == 0)
    return;
  toast = ladder_toast_new_plain (_("Your plan was made before these changes"));
  adw_toast_set_button_label (toast, _("_Regenerate"));
  adw_toast_set_action_name (toast, "win.regenerate-plan");
  adw_toast_set_timeout (toast, 10);
  present_toast (self, toast);
}

static void
profile_settings_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  LadderProfileSettings *settings;

  if (PROFILE (self) == NULL)
    return;
  settings = ladder_profile_settings_new (GTK_WINDOW (self), PROFILE (self));
  g_signal_connect_object (settings, "close-request", G_CALLBACK (on_settings_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (settings));
}

/* The plan view asks first when regenerating would touch the person's own work. */
static void
regenerate_plan_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "plan");
  if (self->plan_view != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->plan_view), "plan.regenerate", NULL);
}

/* ---- Earlier versions ------------------------------------------------------------------- */

static void
on_version_activated_cb (GtkListBox       *list,
                         GtkListBoxRow    *row,
                         AdwMessageDialog *dialog)
{
  LadderWindow *self = g_object_get_data (G_OBJECT (dialog), "window");
  /* Closing the dialog frees what it holds. */
  g_autoptr (GPtrArray) versions = g_ptr_array_ref (g_object_get_data (G_OBJECT (dialog),
                                                                       "versions"));
  const LadderStoreVersion *version = versions->pdata[gtk_list_box_row_get_index (row)];
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *when = g_object_get_data (G_OBJECT (row), "when") != NULL
                          ? g_strdup (g_object_get_data (G_OBJECT (row), "when")) : NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  gsize length;

  gtk_window_close (GTK_WINDOW (dialog));
  if (PROFILE (self) == NULL)
    return;
  data = ladder_store_read_version (self->store, version, &length, NULL, &error);
  /* What is replaced stays among the versions too, also after this window is closed. */
  if (data != NULL && !ladder_window_save_now (self))
    return;
  if (data != NULL && !ladder_store_keep_version (self->store, FILE_NAME (self), &error))
    g_clear_pointer (&data, g_free);
  /* Translators: what Undo takes back; %s is a date and time */
  label = g_strdup_printf (_("restoring of the version of %s"), when);
  if (data == NULL ||
      !ladder_profile_replace_content (PROFILE (self), data, length, label, &error))
    {
      ladder_window_show_error_dialog (self, _("The Version Could Not Be Restored"),
                                       error->message);
      return;
    }
  /* Translators: %s is a date and time */
  message = g_strdup_printf (_("Version of %s restored"), when);
  ladder_window_show_undo_toast (self, message);
}

static void
restore_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GPtrArray *versions;
  GtkWidget *dialog, *list, *scrolled;

  if (PROFILE (self) == NULL)
    return;
  ladder_window_save_now (self);
  versions = ladder_store_list_versions (self->store, FILE_NAME (self));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore an Earlier Version"),
                                   versions->len == 0
                                   ? _("There is no earlier version of this profile yet. One is "
                                       "kept each time you start changing it.")
                                   : _("Ladder keeps the version from before each time you "
                                       "change a profile: the last ten, then one a day for a "
                                       "month. Choose one to bring it back; you can undo this."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_object_set_data (G_OBJECT (dialog), "window", self);
  g_object_set_data_full (G_OBJECT (dialog), "versions", versions,
                          (GDestroyNotify) g_ptr_array_unref);
  if (versions->len > 0)
    {
      list = gtk_list_box_new ();
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      for (guint i = 0; i < versions->len; i++)
        {
          const LadderStoreVersion *version = versions->pdata[i];
          g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (version->time);
          g_autoptr (GDateTime) local = g_date_time_to_local (utc);
          g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
          g_autoptr (GError) error = NULL;
          g_autofree char *data = NULL;
          g_autoptr (LadderProfile) profile = NULL;
          GtkWidget *row = adw_action_row_new ();

          data = ladder_store_read_version (self->store, version, NULL, &profile, &error);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
          if (profile != NULL)
            {
              g_autofree char *subtitle = g_markup_escape_text (ladder_profile_get_name (profile),
                                                                -1);

              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                         gtk_image_new_from_icon_name ("edit-undo-symbolic"));
            }
          else
            {
              /* Translators: an earlier version that cannot be read; %s is why */
              g_autofree char *reason = g_strdup_printf (_("Cannot be read: %s"),
                                                         error->message);
              g_autofree char *subtitle = g_markup_escape_text (reason, -1);

              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
              gtk_widget_set_sensitive (row, FALSE);
            }
          g_object_set_data_full (G_OBJECT (row), "when", g_steal_pointer (&when), g_free);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      g_signal_connect (list, "row-activated", G_CALLBACK (on_version_activated_cb), dialog);
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Undo and redo ---------------------------------------------------------------------- */

static void
on_history_changed_cb (LadderWindow *self)
{
  gboolean writable = PROFILE (self) != NULL && !ladder_profile_get_read_only (PROFILE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", writable);
  /* A toast's Undo takes back its own change only while nothing came after it. */
  if (self->undo_toast != NULL &&
      ladder_session_get_undo_serial (self->session) != self->undo_toast_serial)
    ladder_window_dismiss_toast (self->undo_toast);
}

static void
on_undo_toast_dismissed_cb (LadderWindow *self,
                            AdwToast     *toast)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

/**
 * ladder_window_show_undo_toast:
 * @text: what was just done, such as "“Mentoring” removed"
 *
 * Shows @text with an Undo button that takes back the change just made.
 */
void
ladder_window_show_undo_toast (LadderWindow *self,
                               const char   *text)
{
  AdwToast *toast;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  ladder_window_dismiss_toast (self->undo_toast);
  toast = ladder_toast_new_plain (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-step");
  self->undo_toast_serial = ladder_session_get_undo_serial (self->session);
  adw_toast_set_action_target_value (toast, g_variant_new_uint64 (self->undo_toast_serial));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->undo_toast, toast);
  present_toast (self, toast);
}

/* A text field with the focus keeps its own undo for its text. */
static gboolean
focus_has_own_undo (LadderWindow *self,
                    const char   *action_name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus))
    return gtk_widget_activate_action (focus, action_name, NULL);
  return FALSE;
}

static void
step_back_or_forth (LadderWindow *self,
                    gboolean      back,
                    gboolean      quiet)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (PROFILE (self) == NULL || ladder_profile_get_read_only (PROFILE (self)))
    return;
  /* Typing in an answer reaches the profile a moment later: make it a step first. */
  if (self->interview_view != NULL)
    ladder_interview_view_save_now (self->interview_view);
  label = back ? ladder_session_undo (self->session, &error)
               : ladder_session_redo (self->session, &error);
  if (error != NULL)
    {
      ladder_window_show_error (self, error->message);
      return;
    }
  if (label == NULL)
    {
      show_toast (self, back ? _("Nothing to undo") : _("Nothing to redo"));
      return;
    }
  if (quiet)
    return;
  /* Translators: %s is what was taken back, such as "change of “APIs” level" */
  message = g_strdup_printf (back ? _("Undone: %s") : _("Redone: %s"), label);
  toast = ladder_toast_new_plain (message);
  if (back)
    {
      adw_toast_set_button_label (toast, _("_Redo"));
      adw_toast_set_action_name (toast, "win.redo");
    }
  present_toast (self, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  if (!focus_has_own_undo (self, "text.undo"))
    step_back_or_forth (self, TRUE, FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  if (!focus_has_own_undo (self, "text.redo"))
    step_back_or_forth (self, FALSE, FALSE);
}

static void
undo_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  if (self->interview_view != NULL)
    ladder_interview_view_save_now (self->interview_view);
  ladder_session_close_step (self->session);
  if (g_variant_get_uint64 (parameter) != ladder_session_get_undo_serial (self->session))
    {
      show_toast (self, _("Other changes came after this one: press Ctrl+Z to go back one "
                          "change at a time"));
      return;
    }
  step_back_or_forth (self, TRUE, TRUE);
}

/* ---- Window life ------------------------------------------------------------------------ */

static gboolean
ladder_window_close_request (GtkWindow *window)
{
  LadderWindow *self = LADDER_WINDOW (window);
  int width, height;

  /* Unsaved work stays on screen with the reason; a second close means it. */
  if (!ladder_window_save_now (self) && !self->close_anyway)
    {
      self->close_anyway = TRUE;
      ladder_window_show_error (self, _("Your latest changes are not saved. Close the window "
                                        "again to leave without them."));
      return TRUE;
    }
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (ladder_window_parent_class)->close_request (window);
}

static gboolean
start_first_run_cb (gpointer user_data)
{
  LadderWindow *self = user_data;

  if (PROFILE (self) == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-profile", NULL);
  return G_SOURCE_REMOVE;
}

/* Below this width the header centres loosely: strict centring needs twice the wider side,
 * more than a phone's width; above, the view switcher sits in the middle. */
#define STRICT_CENTRING_WIDTH 600

/* Decided before the header bar is laid out, from the width it gets: deciding afterwards (from
 * whether the switcher fits) made the switcher change its look once more after the first
 * frame, and changing it during the header's own layout lost its start button. */
static void
ladder_window_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  AdwCenteringPolicy policy = width >= STRICT_CENTRING_WIDTH ? ADW_CENTERING_POLICY_STRICT
                                                             : ADW_CENTERING_POLICY_LOOSE;

  if (adw_header_bar_get_centering_policy (self->header_bar) != policy)
    adw_header_bar_set_centering_policy (self->header_bar, policy);
  GTK_WIDGET_CLASS (ladder_window_parent_class)->size_allocate (widget, width, height,
                                                                baseline);
}

/* GTK 4.8 names a stack page after its type, and Orca says "GtkStackPage panel" as the focus
 * enters it: the page that holds the views is named by what it is. libadwaita 1.2's view
 * stack pages are not accessible objects, so each view is a group (in the template) named by
 * its title, and Orca says "Progress panel" as the focus enters the view. The Plan view's own
 * stack says "Plan" already: its page is no group. */
static void
name_pages (LadderWindow *self)
{
  g_autoptr (GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);
      g_autoptr (GString) title = g_string_new (adw_view_stack_page_get_title (page));

      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) != GTK_ACCESSIBLE_ROLE_GROUP)
        continue;
      if (adw_view_stack_page_get_use_underline (page))
        g_string_replace (title, "_", "", 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title->str, -1);
    }
  gtk_accessible_update_property (
    GTK_ACCESSIBLE (gtk_stack_get_page (self->main_stack, GTK_WIDGET (self->view_stack))),
    /* Translators: what a screen reader calls the part of the window with the five views */
    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Career plan"), -1);
  gtk_accessible_update_property (
    GTK_ACCESSIBLE (gtk_stack_get_page (self->main_stack,
                                        gtk_stack_get_child_by_name (self->main_stack, "empty"))),
    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan Your Career"), -1);
}

static void
ladder_window_constructed (GObject *object)
{
  LadderWindow *self = LADDER_WINDOW (object);
  g_autofree char *last = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  G_OBJECT_CLASS (ladder_window_parent_class)->constructed (object);
  name_pages (self);

  last = g_settings_get_string (self->settings, "last-profile");
  if (*last != '\0')
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderProfile) profile = ladder_store_load (self->store, last, &error);

      if (profile != NULL)
        {
          set_profile (self, profile, last);
          return;
        }
      if (!g_error_matches (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” cannot be opened: %s"), last,
                                                      error->message);
          ladder_window_show_error (self, message);
        }
    }

  open_any_profile (self);
  entries = ladder_store_list (self->store, NULL);
  if (PROFILE (self) == NULL && (entries == NULL || entries->len == 0))
    g_idle_add_full (G_PRIORITY_LOW, start_first_run_cb, g_object_ref (self), g_object_unref);
}

static void
ladder_window_dispose (GObject *object)
{
  LadderWindow *self = LADDER_WINDOW (object);

  if (self->session != NULL && ladder_session_get_unsaved (self->session))
    ladder_window_save_now (self);
  g_clear_handle_id (&self->pending_source, g_source_remove);
  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_object (&self->pending_toast);
  g_clear_object (&self->undo_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_WINDOW);
  if (self->session != NULL && PROFILE (self) != NULL)
    g_signal_handlers_disconnect_by_data (PROFILE (self), self);
  g_clear_object (&self->session);
  g_clear_object (&self->store);
  g_clear_object (&self->export_folder);
  g_clear_object (&self->settings);
  g_clear_object (&self->profiles_section);
  g_clear_object (&self->profile_menu);

  G_OBJECT_CLASS (ladder_window_parent_class)->dispose (object);
}

static void
ladder_window_class_init (LadderWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ladder_window_constructed;
  widget_class->size_allocate = ladder_window_size_allocate;
  object_class->get_property = ladder_window_get_property;
  ladder_accessible_mend_mnemonic_names ();
  object_class->set_property = ladder_window_set_property;

  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  object_class->dispose = ladder_window_dispose;
  window_class->close_request = ladder_window_close_request;

  g_type_ensure (LADDER_TYPE_LADDER_VIEW);
  g_type_ensure (LADDER_TYPE_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ladder-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, state_banner);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, error_banner);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, profile_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, profile_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, ladder_view);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, skills_bin);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, plan_bin);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, interview_bin);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, progress_bin);

  gtk_widget_class_install_action (widget_class, "win.new-profile", NULL, new_profile_action);
  gtk_widget_class_install_action (widget_class, "win.company-ladders", NULL,
                                   company_ladders_action);
  gtk_widget_class_install_action (widget_class, "win.rename-profile", NULL,
                                   rename_profile_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-profile", NULL,
                                   duplicate_profile_action);
  gtk_widget_class_install_action (widget_class, "win.delete-profile", NULL,
                                   delete_profile_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_property_action (widget_class, "win.open-profile", "file-name");
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.log-evidence", "s", log_evidence_action);
  gtk_widget_class_install_action (widget_class, "win.profile-menu", NULL, profile_menu_action);
  gtk_widget_class_install_action (widget_class, "win.profile-settings", NULL,
                                   profile_settings_action);
  gtk_widget_class_install_action (widget_class, "win.regenerate-plan", NULL,
                                   regenerate_plan_action);
  gtk_widget_class_install_action (widget_class, "win.restore-version", NULL,
                                   restore_version_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.undo-step", "t", undo_step_action);
  ladder_window_class_add_export_actions (widget_class);
}

static void
ladder_window_init (LadderWindow *self)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) edit = g_menu_new ();
  g_autoptr (GMenu) files = g_menu_new ();
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (sync_views),
                           self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APPLICATION_ID);
  self->store = ladder_store_new (NULL);
  ladder_store_clean_up (self->store);
  self->session = ladder_session_new (self->store);
  follow_profile (self, GTK_WIDGET (self->ladder_view));
  g_signal_connect_object (self->session, "save-failed", G_CALLBACK (on_save_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::unsaved", G_CALLBACK (on_unsaved_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "history-changed", G_CALLBACK (on_history_changed_cb),
                           self, G_CONNECT_SWAPPED);

  {
    g_autofree char *view = g_settings_get_string (self->settings, "last-view");

    if (adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
      adw_view_stack_set_visible_child_name (self->view_stack, view);
  }
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->profiles_section = g_menu_new ();
  g_menu_append_section (menu, NULL, G_MENU_MODEL (self->profiles_section));
  g_menu_append (edit, _("_New Profile…"), "win.new-profile");
  g_menu_append (edit, _("Profile _Settings…"), "win.profile-settings");
  g_menu_append (edit, _("_Rename…"), "win.rename-profile");
  g_menu_append (edit, _("D_uplicate"), "win.duplicate-profile");
  g_menu_append (edit, _("Restore an Earlier _Version…"), "win.restore-version");
  g_menu_append (edit, _("_Delete"), "win.delete-profile");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append (files, _("_Import Profile…"), "win.import-profile");
  g_menu_append (files, _("Company _Ladders…"), "win.company-ladders");
  g_menu_append (files, _("_Export Profile…"), "win.export-profile");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (files));
  gtk_menu_button_set_menu_model (self->profile_menu_button, G_MENU_MODEL (menu));
  /* The profiles are listed when the menu opens, not at every profile switch: listing reads
   * each new or changed file in full, which held up the window's start with a large store. */
  self->profile_menu = g_object_ref (menu);
  gtk_menu_button_set_create_popup_func (self->profile_menu_button, create_profile_menu_cb, self,
                                         NULL);
}

LadderWindow *
ladder_window_new (LadderApplication *application)
{
  return g_object_new (LADDER_TYPE_WINDOW, "application", application, NULL);
}
