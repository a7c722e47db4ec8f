/* SPDX-License-Identifier: GPL-3.0-or-later
 * Asks for what a new profile needs; emits "create" with the profile it built. */
#define G_LOG_DOMAIN "ladder-new-profile-dialog"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-accessible.h"
#include "ladder-choices.h"
#include "ladder-new-profile-dialog.h"

struct _LadderNewProfileDialog
{
  AdwWindow parent_instance;

  GtkWidget *create_button;
  AdwEntryRow *name_row;
  AdwComboRow *framework_row;
  AdwComboRow *rung_row;
  AdwComboRow *target_row;
  GtkSpinButton *years_spin;
  AdwComboRow *industry_row;
  AdwComboRow *size_row;
  AdwComboRow *background_row;

  GPtrArray *frameworks; /* LadderFramework, in the order of the framework row's model */
  GPtrArray *rungs; /* const LadderRung*, in the order of the rung rows' models */
};

G_DEFINE_FINAL_TYPE (LadderNewProfileDialog, ladder_new_profile_dialog, ADW_TYPE_WINDOW)

enum {
  CREATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
trimmed_name (LadderNewProfileDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
on_name_changed_cb (LadderNewProfileDialog *self)
{
  g_autofree char *name = trimmed_name (self);

  gtk_widget_set_sensitive (self->create_button, *name != '\0');
}

/**
 * ladder_new_profile_dialog_build:
 *
 * Returns: (transfer full) (nullable): the profile described by the dialog, or %NULL while
 * it has no name
 */
static LadderFramework *
chosen_framework (LadderNewProfileDialog *self)
{
  return g_ptr_array_index (self->frameworks, adw_combo_row_get_selected (self->framework_row));
}

/* The rungs of the chosen ladder; where the person stands and aims start at its first two. */
static void
on_framework_selected_cb (LadderNewProfileDialog *self)
{
  LadderFramework *framework;
  guint n;

  if (self->frameworks == NULL ||
      adw_combo_row_get_selected (self->framework_row) >= self->frameworks->len)
    return;
  framework = chosen_framework (self);
  g_clear_pointer (&self->rungs, g_ptr_array_unref);
  self->rungs = ladder_choices_fill_rungs (framework, self->rung_row, self->target_row);
  n = self->rungs->len;
  if (ladder_framework_is_builtin (framework))
    {
      adw_combo_row_set_selected (self->rung_row,
                                  ladder_choices_rung_index (self->rungs, "expert", "pm"));
      adw_combo_row_set_selected (self->target_row,
                                  ladder_choices_rung_index (self->rungs, "expert", "senior-pm"));
    }
  else
    {
      adw_combo_row_set_selected (self->rung_row, 0);
      adw_combo_row_set_selected (self->target_row, MIN (1, n - 1));
    }
}

LadderProfile *
ladder_new_profile_dialog_build (LadderNewProfileDialog *self)
{
  LadderFramework *framework = chosen_framework (self);
  g_autofree char *name = trimmed_name (self);
  const LadderRung *rung, *target;
  LadderProfile *profile;

  g_return_val_if_fail (LADDER_IS_NEW_PROFILE_DIALOG (self), NULL);

  if (*name == '\0')
    return NULL;
  if (g_utf8_strlen (name, -1) > LADDER_MAX_NAME_CHARS)
    {
      char *end = g_utf8_offset_to_pointer (name, LADDER_MAX_NAME_CHARS);
      *end = '\0';
    }

  rung = g_ptr_array_index (self->rungs, adw_combo_row_get_selected (self->rung_row));
  target = g_ptr_array_index (self->rungs, adw_combo_row_get_selected (self->target_row));

  profile = ladder_profile_new (name);
  ladder_profile_set_framework (profile, framework);
  ladder_profile_set_position (profile, rung->track, rung->id);
  ladder_profile_set_target (profile, target->track, target->id);
  ladder_profile_set_years_experience (profile, gtk_spin_button_get_value_as_int (self->years_spin));
  ladder_profile_set_industry (profile,
                               ladder_industries ()[adw_combo_row_get_selected (self->industry_row)]);
  ladder_profile_set_company_size (profile,
                                   ladder_company_sizes ()[adw_combo_row_get_selected (self->size_row)]);
  ladder_profile_set_background (profile,
                                 ladder_backgrounds ()[adw_combo_row_get_selected (self->background_row)]);

  /* A starting point the person then corrects: what their rung and their target expect. */
  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (framework, i);

      ladder_profile_set_skill_levels (profile, skill->id, rung->expects[i], target->expects[i]);
    }
  return profile;
}

static void
on_create_clicked_cb (LadderNewProfileDialog *self)
{
  g_autoptr (LadderProfile) profile = ladder_new_profile_dialog_build (self);

  if (profile == NULL)
    return;
  g_signal_emit (self, signals[CREATE], 0, profile);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ladder_new_profile_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LADDER_TYPE_NEW_PROFILE_DIALOG);
  G_OBJECT_CLASS (ladder_new_profile_dialog_parent_class)->dispose (object);
}

static void
ladder_new_profile_dialog_finalize (GObject *object)
{
  LadderNewProfileDialog *self = LADDER_NEW_PROFILE_DIALOG (object);

  g_clear_pointer (&self->rungs, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  G_OBJECT_CLASS (ladder_new_profile_dialog_parent_class)->finalize (object);
}

static gboolean
focus_name_cb (gpointer data)
{
  LadderNewProfileDialog *self = data;

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return G_SOURCE_REMOVE;
}

/* Typing starts the name, the one thing asked for, not on Cancel (the first in Tab order).
 * Once shown: a focus given before, GTK 4.8 does not tell a screen reader, which then says
 * nothing as the dialog opens. */
static void
on_map_cb (LadderNewProfileDialog *self)
{
  g_signal_handlers_disconnect_by_func (self, on_map_cb, NULL);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_name_cb, g_object_ref (self), g_object_unref);
}

static void
ladder_new_profile_dialog_class_init (LadderNewProfileDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_new_profile_dialog_dispose;
  object_class->finalize = ladder_new_profile_dialog_finalize;

  signals[CREATE] = g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, LADDER_TYPE_PROFILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/ui/ladder-new-profile-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, rung_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, years_spin);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, industry_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewProfileDialog, background_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_framework_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ladder_new_profile_dialog_init (LadderNewProfileDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_accessible_mend_entry_row (self->name_row);
  ladder_accessible_name_choice (self->framework_row);
  ladder_accessible_name_choice (self->industry_row);
  ladder_accessible_name_choice (self->background_row);

  /* The built-in ladder first, then the company ladders that can be read. */
  self->frameworks = ladder_choices_fill_frameworks (self->framework_row);
  adw_combo_row_set_selected (self->framework_row, 0);
  on_framework_selected_cb (self);

  ladder_choices_fill (self->industry_row, ladder_industries (), ladder_industry_get_label, 1);
  ladder_choices_fill (self->size_row, ladder_company_sizes (), ladder_company_size_get_label, 1);
  ladder_choices_fill (self->background_row, ladder_backgrounds (), ladder_background_get_label, 0);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

LadderNewProfileDialog *
ladder_new_profile_dialog_new (GtkWindow *parent)
{
  return g_object_new (LADDER_TYPE_NEW_PROFILE_DIALOG, "transient-for", parent, NULL);
}

/* Starts the dialog on the company ladder @id (just imported, say). */
void
ladder_new_profile_dialog_set_framework (LadderNewProfileDialog *self,
                                         const char             *id)
{
  int index;

  g_return_if_fail (LADDER_IS_NEW_PROFILE_DIALOG (self));

  index = ladder_choices_framework_index (self->frameworks, id);
  if (index >= 0)
    adw_combo_row_set_selected (self->framework_row, index);
}

void
ladder_new_profile_dialog_set_name (LadderNewProfileDialog *self,
                                    const char             *name)
{
  g_return_if_fail (LADDER_IS_NEW_PROFILE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}
