/* SPDX-License-Identifier: GPL-3.0-or-later
 * The profile's settings: name, rungs, years, reports, context and the plan's horizon. Each
 * change goes into the profile at once (and so is one step of the undo history); the rows follow
 * the profile when it changes under them (an undo in the main window). */
#define G_LOG_DOMAIN "ladder-profile-settings"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-accessible.h"
#include "ladder-choices.h"
#include "ladder-profile-settings.h"

struct _LadderProfileSettings
{
  AdwPreferencesWindow parent_instance;

  AdwEntryRow *name_row;
  AdwComboRow *rung_row;
  AdwComboRow *target_row;
  GtkSpinButton *years_spin;
  GtkSpinButton *reports_spin;
  AdwComboRow *industry_row;
  AdwComboRow *size_row;
  AdwComboRow *background_row;
  GtkSpinButton *horizon_spin;
  AdwComboRow *review_row;

  LadderProfile *profile;
  AdwComboRow *framework_row;
  GPtrArray *frameworks; /* LadderFramework, in the framework row's order */
  LadderFramework *framework; /* the one the rung rows list */
  GPtrArray *rungs;      /* const LadderRung*, in the rung rows' order */
  gboolean syncing;      /* the rows are being set from the profile */
  gboolean plan_changed; /* something the plan is made from changed */
};

G_DEFINE_FINAL_TYPE (LadderProfileSettings, ladder_profile_settings,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
sync_rows (LadderProfileSettings *self)
{
  LadderProfile *profile = self->profile;
  LadderFramework *framework = ladder_profile_get_framework (profile);
  int index;

  self->syncing = TRUE;
  if (framework != self->framework)
    {
      /* A move to another ladder (or its undo): its rungs, and its place in the list. */
      g_clear_pointer (&self->rungs, g_ptr_array_unref);
      self->rungs = ladder_choices_fill_rungs (framework, self->rung_row, self->target_row);
      self->framework = framework;
      index = ladder_choices_framework_index (self->frameworks,
                                              ladder_framework_get_id (framework));
      if (index >= 0)
        adw_combo_row_set_selected (self->framework_row, index);
    }
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                 ladder_profile_get_name (profile)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), ladder_profile_get_name (profile));
  adw_combo_row_set_selected (self->rung_row,
                              ladder_choices_rung_index (self->rungs,
                                                         ladder_profile_get_track (profile),
                                                         ladder_profile_get_rung (profile)));
  adw_combo_row_set_selected (self->target_row,
                              ladder_choices_rung_index (self->rungs,
                                                         ladder_profile_get_target_track (profile),
                                                         ladder_profile_get_target_rung (profile)));
  gtk_spin_button_set_value (self->years_spin, ladder_profile_get_years_experience (profile));
  gtk_spin_button_set_value (self->reports_spin, ladder_profile_get_reports (profile));
  adw_combo_row_set_selected (self->industry_row,
                              ladder_choices_index (ladder_industries (),
                                                    ladder_profile_get_industry (profile)));
  adw_combo_row_set_selected (self->size_row,
                              ladder_choices_index (ladder_company_sizes (),
                                                    ladder_profile_get_company_size (profile)));
  adw_combo_row_set_selected (self->background_row,
                              ladder_choices_index (ladder_backgrounds (),
                                                    ladder_profile_get_background (profile)));
  gtk_spin_button_set_value (self->horizon_spin,
                             CLAMP (ladder_profile_get_horizon_years (profile), 1, 5));
  adw_combo_row_set_selected (self->review_row, ladder_profile_get_review_month (profile));
  self->syncing = FALSE;
}

/* Each handler returns early while the rows are being set from the profile. */
#define FROM_PERSON(self) ((self)->profile != NULL && !(self)->syncing)

static void
on_name_apply_cb (LadderProfileSettings *self)
{
  g_autofree char *name = NULL;

  if (!FROM_PERSON (self))
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("A profile needs a name")));
      sync_rows (self);
      return;
    }
  if (g_utf8_strlen (name, -1) > LADDER_MAX_NAME_CHARS)
    *g_utf8_offset_to_pointer (name, LADDER_MAX_NAME_CHARS) = '\0';
  ladder_profile_set_name (self->profile, name);
}

static void
on_move_response_cb (AdwMessageDialog      *dialog,
                     const char            *response,
                     LadderProfileSettings *self)
{
  LadderFramework *framework = g_object_get_data (G_OBJECT (dialog), "framework");
  LadderFrameworkMove move;
  g_autofree char *matched = NULL;
  g_autofree char *own = NULL;
  g_autofree char *left_out = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "move"))
    {
      /* Back to the ladder the profile is on. */
      self->framework = NULL;
      sync_rows (self);
      return;
    }
  ladder_profile_move_to_framework (self->profile, framework, &move);
  self->plan_changed = TRUE;
  matched = g_strdup_printf (ngettext ("%u skill matched", "%u skills matched", move.matched),
                             move.matched);
  own = g_strdup_printf (ngettext ("%u kept as your own", "%u kept as your own", move.own),
                         move.own);
  left_out = g_strdup_printf (ngettext ("%u unrated one left out", "%u unrated ones left out",
                                        move.left_out),
                              move.left_out);
  /* Translators: a toast after a profile moved to another ladder: "3 skills matched, 5 kept as
   * your own, 14 unrated ones left out" */
  message = g_strdup_printf (_("%s, %s, %s"), matched, own, left_out);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
on_framework_selected_cb (LadderProfileSettings *self)
{
  LadderFramework *framework;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  if (!FROM_PERSON (self) || self->frameworks == NULL)
    return;
  framework = self->frameworks->pdata[adw_combo_row_get_selected (self->framework_row)];
  if (framework == ladder_profile_get_framework (self->profile))
    return;
  /* Translators: asked before a profile moves to another career ladder */
  heading = g_strdup_printf (_("Move to “%s”?"), ladder_framework_get_name (framework));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), heading,
    _("Skills with the same name keep your levels and notes. Rated skills the new ladder does "
      "not have become your own skills, so nothing you wrote is lost. Your current and target "
      "rungs move to rungs of the same name, or to the new ladder’s first two. This can be "
      "undone.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "move", _("_Move"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "move");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "framework", g_object_ref (framework),
                          g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_move_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_rung_selected_cb (LadderProfileSettings *self)
{
  const LadderRung *rung;

  if (!FROM_PERSON (self))
    return;
  rung = self->rungs->pdata[adw_combo_row_get_selected (self->rung_row)];
  ladder_profile_set_position (self->profile, rung->track, rung->id);
  self->plan_changed = TRUE;
}

static void
on_target_selected_cb (LadderProfileSettings *self)
{
  const LadderRung *rung;

  if (!FROM_PERSON (self))
    return;
  rung = self->rungs->pdata[adw_combo_row_get_selected (self->target_row)];
  ladder_profile_set_target (self->profile, rung->track, rung->id);
  self->plan_changed = TRUE;
}

static void
on_years_changed_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_years_experience (self->profile,
                                       gtk_spin_button_get_value_as_int (self->years_spin));
  self->plan_changed = TRUE;
}

static void
on_reports_changed_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_reports (self->profile,
                              gtk_spin_button_get_value_as_int (self->reports_spin));
  self->plan_changed = TRUE;
}

static void
on_industry_selected_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_industry (self->profile,
                               ladder_industries ()[adw_combo_row_get_selected (self->industry_row)]);
  self->plan_changed = TRUE;
}

static void
on_size_selected_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_company_size (self->profile,
                                   ladder_company_sizes ()[adw_combo_row_get_selected (self->size_row)]);
  self->plan_changed = TRUE;
}

static void
on_background_selected_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_background (self->profile,
                                 ladder_backgrounds ()[adw_combo_row_get_selected (self->background_row)]);
  self->plan_changed = TRUE;
}

static void
on_horizon_changed_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_horizon_years (self->profile,
                                    gtk_spin_button_get_value_as_int (self->horizon_spin));
  self->plan_changed = TRUE;
}

static void
on_review_selected_cb (LadderProfileSettings *self)
{
  if (!FROM_PERSON (self))
    return;
  ladder_profile_set_review_month (self->profile, adw_combo_row_get_selected (self->review_row));
  self->plan_changed = TRUE;
}

/* Whether something the plan is made from changed while the window was open. */
gboolean
ladder_profile_settings_get_plan_changed (LadderProfileSettings *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE_SETTINGS (self), FALSE);
  return self->plan_changed;
}

static void
ladder_profile_settings_dispose (GObject *object)
{
  LadderProfileSettings *self = LADDER_PROFILE_SETTINGS (object);

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  g_clear_object (&self->profile);
  gtk_widget_dispose_template (GTK_WIDGET (object), LADDER_TYPE_PROFILE_SETTINGS);
  G_OBJECT_CLASS (ladder_profile_settings_parent_class)->dispose (object);
}

static void
ladder_profile_settings_finalize (GObject *object)
{
  LadderProfileSettings *self = LADDER_PROFILE_SETTINGS (object);

  g_clear_pointer (&self->rungs, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  G_OBJECT_CLASS (ladder_profile_settings_parent_class)->finalize (object);
}

static void
ladder_profile_settings_class_init (LadderProfileSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_profile_settings_dispose;
  object_class->finalize = ladder_profile_settings_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/ui/ladder-profile-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, name_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, rung_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, framework_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, target_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, years_spin);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, reports_spin);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, industry_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, size_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, background_row);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, horizon_spin);
  gtk_widget_class_bind_template_child (widget_class, LadderProfileSettings, review_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rung_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_framework_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_years_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reports_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_industry_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_size_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_background_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_horizon_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_review_selected_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ladder_profile_settings_init (LadderProfileSettings *self)
{
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_accessible_mend_entry_row (self->name_row);
  ladder_accessible_name_choice (self->framework_row);
  ladder_accessible_name_choice (self->industry_row);
  ladder_accessible_name_choice (self->review_row);
  /* GTK 4.8 names the pages of the window's own stacks after their type. */
  ladder_accessible_name_stacks (GTK_WIDGET (self), _("Profile Settings"));
  ladder_choices_fill (self->industry_row, ladder_industries (), ladder_industry_get_label, 0);
  ladder_choices_fill (self->size_row, ladder_company_sizes (), ladder_company_size_get_label, 0);
  ladder_choices_fill (self->background_row, ladder_backgrounds (), ladder_background_get_label,
                       0);
  {
    /* Not set, then the months: the row's position is the month's number. */
    const char *months[] = {
      C_("review month", "Not set"),
      C_("month", "January"), C_("month", "February"), C_("month", "March"),
      C_("month", "April"), C_("month", "May"), C_("month", "June"), C_("month", "July"),
      C_("month", "August"), C_("month", "September"), C_("month", "October"),
      C_("month", "November"), C_("month", "December"), NULL
    };
    g_autoptr (GtkStringList) model = gtk_string_list_new (months);

    adw_combo_row_set_model (self->review_row, G_LIST_MODEL (model));
  }
  self->syncing = FALSE;
}

LadderProfileSettings *
ladder_profile_settings_new (GtkWindow     *parent,
                             LadderProfile *profile)
{
  LadderProfileSettings *self;
  gboolean writable;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  self = g_object_new (LADDER_TYPE_PROFILE_SETTINGS, "transient-for", parent, NULL);
  self->profile = g_object_ref (profile);
  self->syncing = TRUE;
  self->frameworks = ladder_choices_fill_frameworks (self->framework_row);
  sync_rows (self);
  g_signal_connect_object (profile, "changed", G_CALLBACK (sync_rows), self, G_CONNECT_SWAPPED);
  writable = !ladder_profile_get_read_only (profile);
  gtk_widget_set_sensitive (GTK_WIDGET (adw_preferences_window_get_visible_page (
                              ADW_PREFERENCES_WINDOW (self))), writable);
  return self;
}
