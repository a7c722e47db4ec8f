/* SPDX-License-Identifier: GPL-3.0-or-later
 * Company Ladders: the ladders profiles can be made on, and the import of a company's own from a
 * spreadsheet saved as CSV (with a preview where the person says what each column holds) or
 * from framework JSON. Emits "new-profile" with a ladder's id when asked for a profile on it. */
#define G_LOG_DOMAIN "ladder-frameworks-dialog"

#include "config.h"

#include <string.h>

#include "ladder-i18n.h"

#include "core/ladder-file-private.h"
#include "core/ladder-framework-csv.h"
#include "core/ladder-framework-store.h"
#include "ladder-frameworks-dialog.h"
#include "ladder-accessible.h"

struct _LadderFrameworksDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget *back_button;
  GtkWidget *import_button;
  GtkWidget *add_button;
  GtkStack *stack;
  AdwPreferencesGroup *ladders_group;
  AdwPreferencesPage *preview_page;
  AdwEntryRow *name_row;
  AdwEntryRow *track_row;
  AdwEntryRow *management_row;
  GtkLabel *understood_label;
  AdwPreferencesGroup *columns_group;

  GPtrArray *ladder_rows;  /* rows in ladders_group */
  GPtrArray *column_rows;  /* AdwComboRow, one per column of the CSV */
  LadderCsv *csv;
  LadderCsvShape *shape;
  LadderFramework *understood; /* what the preview would add; NULL when it cannot */
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (LadderFrameworksDialog, ladder_frameworks_dialog, ADW_TYPE_WINDOW)

enum {
  NEW_PROFILE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The roles a column can have, in the order of each column row's list. */
static const LadderColumnRole roles[] = {
  LADDER_COLUMN_LEVEL, LADDER_COLUMN_MANAGEMENT, LADDER_COLUMN_NAME, LADDER_COLUMN_GROUP,
  LADDER_COLUMN_DESCRIPTION, LADDER_COLUMN_IGNORE,
};

static void
show_error (LadderFrameworksDialog *self,
            const char             *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("The Ladder Could Not Be Imported"),
                                                       message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_new_profile_clicked_cb (GtkButton              *button,
                           LadderFrameworksDialog *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "framework-id");

  g_signal_emit (self, signals[NEW_PROFILE], 0, id);
}

static char *
describe_framework (LadderFramework *framework)
{
  guint n_rungs = 0;
  g_autofree char *tracks = NULL;
  g_autofree char *rungs = NULL;
  g_autofree char *skills = NULL;

  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    n_rungs += ladder_framework_get_track (framework, t)->n_rungs;
  tracks = g_strdup_printf (ngettext ("%u track", "%u tracks",
                                      ladder_framework_get_n_tracks (framework)),
                            ladder_framework_get_n_tracks (framework));
  rungs = g_strdup_printf (ngettext ("%u rung", "%u rungs", n_rungs), n_rungs);
  skills = g_strdup_printf (ngettext ("%u skill", "%u skills",
                                      ladder_framework_get_n_skills (framework)),
                            ladder_framework_get_n_skills (framework));
  if (ladder_framework_is_builtin (framework))
    /* Translators: the built-in ladder in Company Ladders: "Built in · 2 tracks, 9 rungs, 22 skills" */
    return g_strdup_printf (_("Built in · %s, %s, %s"), tracks, rungs, skills);
  /* Translators: a company's ladder in Company Ladders: "2 tracks, 6 rungs, 14 skills" */
  return g_strdup_printf (_("%s, %s, %s"), tracks, rungs, skills);
}

static void
fill_ladders (LadderFrameworksDialog *self,
              const char             *focus_id)
{
  g_autoptr (GPtrArray) entries = ladder_frameworks_list ();

  for (guint i = 0; i < self->ladder_rows->len; i++)
    adw_preferences_group_remove (self->ladders_group, self->ladder_rows->pdata[i]);
  g_ptr_array_set_size (self->ladder_rows, 0);

  for (guint i = 0; i < entries->len; i++)
    {
      LadderFrameworkEntry *entry = entries->pdata[i];
      LadderFramework *framework = ladder_frameworks_lookup (entry->id, NULL);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     entry->name != NULL ? entry->name : entry->id);
      subtitle = framework != NULL ? describe_framework (framework)
                                   : g_strdup (entry->error->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (framework != NULL)
        {
          GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Profile…"));
          /* Translators: the tooltip of New Profile beside a ladder */
          g_autofree char *tooltip = g_strdup_printf (_("New profile on “%s”"),
                                                      ladder_framework_get_name (framework));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (button, tooltip);
          /* Said by screen readers: which ladder the button makes a profile on. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          tooltip, -1);
          g_object_set_data_full (G_OBJECT (button), "framework-id", g_strdup (entry->id), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (on_new_profile_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          if (g_strcmp0 (entry->id, focus_id) == 0)
            gtk_widget_grab_focus (button);
        }
      adw_preferences_group_add (self->ladders_group, row);
      g_ptr_array_add (self->ladder_rows, row);
    }
}

static void
show_list (LadderFrameworksDialog *self,
           const char             *focus_id)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_widget_set_visible (self->add_button, FALSE);
  gtk_widget_set_visible (self->import_button, TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Company Ladders"));
  fill_ladders (self, focus_id);
  if (focus_id == NULL)
    gtk_widget_grab_focus (self->import_button);
}

/* ---- The preview of a CSV file ------------------------------------------------------------ */

/* "\nTitle: a, b, c", the colon and commas as the language writes them. */
static void
append_list (GString    *text,
             const char *title,
             GPtrArray  *items)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (list, C_("list", ", "));
      g_string_append (list, items->pdata[i]);
    }
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("%s: %s"), title, list->str);
}

/* Builds what the shape describes and says what it is, or why it cannot be. */
static void
update_understood (LadderFrameworksDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  LadderFramework *framework;

  g_clear_object (&self->understood);
  if (self->csv == NULL)
    return;
  framework = ladder_framework_new_from_csv (self->csv, self->shape, &error);
  gtk_widget_set_sensitive (self->add_button, framework != NULL);
  if (framework == NULL)
    {
      gtk_label_set_text (self->understood_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->understood_label), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->understood_label), "error");
  self->understood = framework;

  g_string_append_printf (text, ngettext ("%u competency", "%u competencies",
                                          ladder_framework_get_n_skills (framework)),
                          ladder_framework_get_n_skills (framework));
  g_string_append (text, C_("list", ", "));
  g_string_append_printf (text, ngettext ("%u group", "%u groups",
                                          ladder_framework_get_n_groups (framework)),
                          ladder_framework_get_n_groups (framework));
  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);
      g_autoptr (GPtrArray) titles = g_ptr_array_new ();

      for (guint r = 0; r < track->n_rungs; r++)
        g_ptr_array_add (titles, track->rungs[r].title);
      append_list (text, track->title, titles);
    }
  if (ladder_framework_get_n_tracks (framework) == 1)
    {
      g_string_append (text, "\n");
      g_string_append (text, _("Which levels lead people is not guessed: mark them below as "
                               "“A management level”."));
    }
  g_string_append (text, "\n");
  for (guint g = 0; g < ladder_framework_get_n_groups (framework); g++)
    {
      const LadderSkillGroup *group = ladder_framework_get_group (framework, g);
      g_autoptr (GPtrArray) titles = g_ptr_array_new ();

      for (guint s = 0; s < ladder_framework_get_n_skills (framework); s++)
        {
          const LadderSkill *skill = ladder_framework_get_skill (framework, s);

          if (g_str_equal (skill->group, group->id))
            g_ptr_array_add (titles, skill->title);
        }
      append_list (text, group->title, titles);
    }
  gtk_label_set_text (self->understood_label, text->str);
}

static void
on_shape_changed_cb (LadderFrameworksDialog *self)
{
  if (self->syncing || self->shape == NULL)
    return;
  for (guint i = 0; i < self->column_rows->len; i++)
    self->shape->roles[i] = roles[adw_combo_row_get_selected (self->column_rows->pdata[i])];
  g_free (self->shape->name);
  self->shape->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_free (self->shape->track_title);
  self->shape->track_title = g_strstrip (g_strdup (gtk_editable_get_text (
                                                     GTK_EDITABLE (self->track_row))));
  g_free (self->shape->management_title);
  self->shape->management_title = g_strstrip (g_strdup (gtk_editable_get_text (
                                                          GTK_EDITABLE (self->management_row))));
  /* An empty name or title would be refused by the framework reader: say so here. */
  if (*self->shape->name == '\0' || *self->shape->track_title == '\0' ||
      *self->shape->management_title == '\0')
    {
      g_clear_object (&self->understood);
      gtk_widget_set_sensitive (self->add_button, FALSE);
      gtk_label_set_text (self->understood_label,
                          _("The ladder and its tracks need names."));
      gtk_widget_add_css_class (GTK_WIDGET (self->understood_label), "error");
      return;
    }
  update_understood (self);
}

static guint
role_index (LadderColumnRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] == role)
      return i;
  return G_N_ELEMENTS (roles) - 1;
}

static void
show_preview (LadderFrameworksDialog *self,
              LadderCsv              *csv,
              const char             *name)
{
  const char *labels[] = {
    C_("column role", "A level"), C_("column role", "A management level"),
    C_("column role", "Competency names"), C_("column role", "Groups"),
    C_("column role", "Descriptions (not used)"), C_("column role", "Leave out"), NULL
  };

  g_clear_pointer (&self->csv, ladder_csv_free);
  g_clear_pointer (&self->shape, ladder_csv_shape_free);
  self->csv = csv;
  self->shape = ladder_csv_detect_shape (csv, name);

  self->syncing = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, self->column_rows->pdata[i]);
  g_ptr_array_set_size (self->column_rows, 0);
  for (guint column = 0; column < ladder_csv_get_n_columns (csv); column++)
    {
      g_autoptr (GtkStringList) model = gtk_string_list_new (labels);
      GtkWidget *row = adw_combo_row_new ();
      const char *header = ladder_csv_get_cell (csv, 0, column);
      g_autofree char *letter = ladder_csv_column_letter (column);
      g_autofree char *title = NULL;
      g_autofree char *sample = NULL;

      /* Translators: a spreadsheet column in the import preview: "C: Senior PM" */
      title = *header != '\0' ? g_strdup_printf (_("%s: %s"), letter, header)
                              /* Translators: a spreadsheet column without a title */
                              : g_strdup_printf (_("%s (no title)"), letter);
      for (guint r = 1; r < ladder_csv_get_n_rows (csv) && sample == NULL; r++)
        if (*ladder_csv_get_cell (csv, r, column) != '\0')
          {
            g_autofree char *one_line = g_strdelimit (g_strdup (ladder_csv_get_cell (csv, r,
                                                                                  column)),
                                                      "\r\n\t", ' ');

            sample = g_utf8_strlen (one_line, -1) > 60
                       ? g_strconcat (g_utf8_substring (one_line, 0, 60), "…", NULL)
                       : g_strdup (one_line);
          }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (sample != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), role_index (self->shape->roles[column]));
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_shape_changed_cb), self);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->shape->name);
  gtk_editable_set_text (GTK_EDITABLE (self->track_row), self->shape->track_title);
  gtk_editable_set_text (GTK_EDITABLE (self->management_row), self->shape->management_title);
  self->syncing = FALSE;
  on_shape_changed_cb (self);

  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_widget_set_visible (self->add_button, TRUE);
  gtk_widget_set_visible (self->import_button, FALSE);
  gtk_window_set_title (GTK_WINDOW (self), _("Import a Ladder"));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
store (LadderFrameworksDialog *self,
       LadderFramework        *framework)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strdup (ladder_framework_get_name (framework));
  g_autofree char *id = ladder_frameworks_add (framework, &error);
  g_autofree char *message = NULL;

  if (id == NULL)
    {
      show_error (self, error->message);
      return;
    }
  /* Translators: a toast after a company ladder was imported */
  message = g_strdup_printf (_("“%s” added"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  g_clear_pointer (&self->csv, ladder_csv_free);
  g_clear_pointer (&self->shape, ladder_csv_shape_free);
  show_list (self, id);
}

static void
on_add_clicked_cb (LadderFrameworksDialog *self)
{
  g_autoptr (LadderFramework) framework = NULL;

  if (self->understood == NULL)
    return;
  framework = g_object_ref (self->understood);
  store (self, framework);
}

static void
on_back_clicked_cb (LadderFrameworksDialog *self)
{
  g_clear_pointer (&self->csv, ladder_csv_free);
  g_clear_pointer (&self->shape, ladder_csv_shape_free);
  g_clear_object (&self->understood);
  show_list (self, NULL);
}

/**
 * ladder_frameworks_dialog_import_file:
 *
 * Reads @path: framework JSON is added at once; a CSV file opens the preview. What cannot be
 * read is said in a dialog, and nothing is stored.
 */
void
ladder_frameworks_dialog_import_file (LadderFrameworksDialog *self,
                                      const char             *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *base = NULL;
  gsize length;
  char *dot;

  g_return_if_fail (LADDER_IS_FRAMEWORKS_DIALOG (self));

  if (!ladder_file_read (path, &data, &length, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (ladder_csv_looks_like_json (data, length))
    {
      g_autoptr (LadderFramework) framework = ladder_framework_new_from_data (data, length,
                                                                             &error);

      if (framework == NULL)
        show_error (self, error->message);
      else
        store (self, framework);
      return;
    }
  {
    LadderCsv *csv = ladder_csv_parse (data, length, &error);

    if (csv == NULL)
      {
        show_error (self, error->message);
        return;
      }
    base = g_path_get_basename (path);
    if ((dot = strrchr (base, '.')) != NULL && dot != base)
      *dot = '\0';
    show_preview (self, csv, base);
  }
}

static void
on_chooser_response_cb (GtkNativeDialog        *chooser,
                        int                     response,
                        LadderFrameworksDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        show_error (self, _("Only local files can be read."));
      else
        ladder_frameworks_dialog_import_file (self, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_import_clicked_cb (LadderFrameworksDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  /* Translators: the file type a company ladder is imported from */
  gtk_file_filter_set_name (filter, _("Spreadsheet (CSV) or framework (JSON)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "text/tab-separated-values");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "tsv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "json");
  chooser = gtk_file_chooser_native_new (_("Import a Company Ladder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_escape_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   data)
{
  LadderFrameworksDialog *self = LADDER_FRAMEWORKS_DIALOG (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "preview"))
    on_back_clicked_cb (self);
  else
    gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
ladder_frameworks_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LADDER_TYPE_FRAMEWORKS_DIALOG);
  G_OBJECT_CLASS (ladder_frameworks_dialog_parent_class)->dispose (object);
}

static void
ladder_frameworks_dialog_finalize (GObject *object)
{
  LadderFrameworksDialog *self = LADDER_FRAMEWORKS_DIALOG (object);

  g_clear_pointer (&self->ladder_rows, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->csv, ladder_csv_free);
  g_clear_pointer (&self->shape, ladder_csv_shape_free);
  g_clear_object (&self->understood);
  G_OBJECT_CLASS (ladder_frameworks_dialog_parent_class)->finalize (object);
}

static void
ladder_frameworks_dialog_class_init (LadderFrameworksDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_frameworks_dialog_dispose;
  object_class->finalize = ladder_frameworks_dialog_finalize;

  signals[NEW_PROFILE] = g_signal_new ("new-profile", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/ui/ladder-frameworks-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, ladders_group);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, preview_page);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, track_row);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, management_row);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, understood_label);
  gtk_widget_class_bind_template_child (widget_class, LadderFrameworksDialog, columns_group);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_shape_changed_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, on_escape_cb, NULL);
}

static void
ladder_frameworks_dialog_init (LadderFrameworksDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_accessible_mend_entry_row (self->name_row);
  ladder_accessible_mend_entry_row (self->track_row);
  ladder_accessible_mend_entry_row (self->management_row);
  ladder_accessible_name_pages (self->stack, _("Company Ladders"));
  ladder_accessible_name_icon_button (self->back_button, _("Back to the Ladders"));
  self->ladder_rows = g_ptr_array_new ();
  self->column_rows = g_ptr_array_new ();
  show_list (self, NULL);
}

LadderFrameworksDialog *
ladder_frameworks_dialog_new (GtkWindow *parent)
{
  return g_object_new (LADDER_TYPE_FRAMEWORKS_DIALOG, "transient-for", parent, NULL);
}
