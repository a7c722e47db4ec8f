/* SPDX-License-Identifier: GPL-3.0-or-later
 * The main window's imports and exports: a profile in and out, the plan as PDF, Markdown,
 * calendar or promotion case, comparing ratings with a copy, printing, and the toast that opens
 * what was saved. */
#define G_LOG_DOMAIN "ladder-window"

#include "config.h"

#include "ladder-i18n.h"
#include <glib/gstdio.h>

#include "ladder-accessible.h"
#include "ladder-form.h"
#include "ladder-print.h"
#include "ladder-toast.h"
#include "core/ladder-calendar.h"
#include "core/ladder-format.h"
#include "core/ladder-report.h"
#include "ladder-window-private.h"

/* ---- Import and export ------------------------------------------------------------------ */

void
ladder_window_import_file (LadderWindow *self,
                           GFile        *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *file_name = NULL;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (path == NULL)
    {
      ladder_window_show_error_dialog (self, _("The Profile Could Not Be Imported"),
                         _("Only local files can be imported."));
      return;
    }
  /* A profile already in the store is opened, not copied again. */
  {
    g_autoptr (GFile) store_dir = g_file_new_for_path (ladder_store_get_directory (self->store));
    g_autoptr (GFile) parent = g_file_get_parent (file);

    if (parent != NULL && g_file_equal (parent, store_dir))
      {
        g_autofree char *base = g_file_get_basename (file);

        ladder_window_open_profile (self, base);
        return;
      }
  }
  file_name = ladder_store_import (self->store, path, &error);
  if (file_name == NULL)
    {
      g_autofree char *base = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Imported"), base);

      ladder_window_show_error_dialog (self, heading, error->message);
      return;
    }
  if (ladder_window_open_profile (self, file_name))
    {
      g_autofree char *message = g_strdup_printf (_("Imported “%s”"),
                                                  ladder_profile_get_name (PROFILE (self)));
      ladder_window_add_toast (self, ladder_toast_new_plain (message));
    }
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Ladder profiles"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      ladder_window_import_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = json_filter ();

  chooser = gtk_file_chooser_native_new (_("Import Profile"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && PROFILE (self) != NULL)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr (GError) error = NULL;

      if (path == NULL || !ladder_store_export (PROFILE (self), path, &error))
        ladder_window_show_error_dialog (self, _("The Profile Could Not Be Exported"),
                           error != NULL ? error->message : _("Only local files can be written."));
      else
        ladder_window_add_toast (self, ladder_toast_new_plain (_("Profile exported")));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               LadderWindow    *self)
{
  g_autoptr (GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && g_file_has_parent (file, NULL))
    {
      g_clear_object (&self->export_folder);
      self->export_folder = g_file_get_parent (file);
    }
}

/* An export is offered where the last one went, else in the Documents folder, else at home:
 * without a folder, GTK's own file chooser offers the folder Ladder was started in (a source
 * tree, when started from a terminal there). */
static void
offer_export_folder (LadderWindow         *self,
                     GtkFileChooserNative *chooser)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr (GFile) folder = NULL;

  if (self->export_folder != NULL)
    folder = g_object_ref (self->export_folder);
  else if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    folder = g_file_new_for_path (documents);
  else
    folder = g_file_new_for_path (g_get_home_dir ());
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  /* Before the export's own handler, which destroys the chooser. */
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self,
                           0);
}

static void
export_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = json_filter ();

  chooser = gtk_file_chooser_native_new (_("Export Profile"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), FILE_NAME (self));
  offer_export_folder (self, chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Report: PDF, Markdown, print ------------------------------------------------------- */

/* The name an export suggests: the profile's file name, what it is and today. */
static char *
report_file_name (LadderWindow *self,
                  const char   *extension,
                  gboolean      is_case)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *stem = g_strndup (FILE_NAME (self),
                                     strlen (FILE_NAME (self)) - strlen (".json"));

  if (is_case)
    /* Translators: the default file name of the promotion case: "li-wei-promotion-case-
     * 2026-11-22.pdf" */
    return g_strdup_printf (_("%s-promotion-case-%s.pdf"), stem, date);
  /* Translators: the default file name of the exported plan: "li-wei-career-plan-2026-11-22.pdf" */
  return g_strdup_printf (_("%s-career-plan-%s.%s"), stem, date, extension);
}

static void
write_pdf_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LadderProfile *profile = task_data;
  const char *path = g_object_get_data (G_OBJECT (task), "path");
  g_autoptr (GError) error = NULL;
  double width, height;

  ladder_report_default_paper (&width, &height);
  if (ladder_report_write_pdf (ladder_profile_get_framework (profile), profile, path, width, height,
                               &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* "PDF saved", with Open and Show in Folder: what people do next with a file they exported. */
static void
show_saved_toast (LadderWindow *self,
                  const char   *message,
                  const char   *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = ladder_toast_new_plain (message);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (message);
  GtkWidget *folder = gtk_button_new_with_mnemonic (_("Show in _Folder"));
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *display = g_filename_display_name (base);
  /* Translators: the accessible name of a toast's button, "Show “plan.pdf” in Folder" */
  g_autofree char *folder_name = g_strdup_printf (C_("accessible name", "Show “%s” in Folder"),
                                                  display);

  ladder_accessible_name_button (folder, folder_name);
  /* Translators: the accessible name of a toast's button, "Open “plan.pdf”" */
  g_object_set_data_full (G_OBJECT (toast), "ladder-button-name",
                          g_strdup_printf (C_("accessible name", "Open “%s”"), display), g_free);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (folder, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (folder), "win.show-in-folder");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (folder), "s", uri);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), folder);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 8);
  ladder_window_add_toast (self, toast);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* No file manager that can point at a file: open its folder instead. */
static void
open_parent_folder (GtkWindow *window)
{
  GFile *file = g_object_get_data (G_OBJECT (window), "ladder-show-file");
  g_autoptr (GFile) parent = file != NULL ? g_file_get_parent (file) : NULL;
  g_autofree char *uri = parent != NULL ? g_file_get_uri (parent) : NULL;

  if (uri != NULL)
    gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
on_show_items_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GtkWindow) window = user_data;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    open_parent_folder (window);
}

/* The file manager opens the folder with the file selected (org.freedesktop.FileManager1, which
 * the Flatpak may talk to); without one, the folder opens. */
static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *uri = g_variant_get_string (parameter, NULL);
  const char *uris[] = { uri, NULL };
  GDBusConnection *bus = g_application_get_dbus_connection (g_application_get_default ());

  g_object_set_data_full (G_OBJECT (widget), "ladder-show-file", g_file_new_for_uri (uri),
                          g_object_unref);
  if (bus == NULL)
    {
      open_parent_folder (GTK_WINDOW (widget));
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, 5000,
                          NULL, on_show_items_cb, g_object_ref (widget));
}

static void
on_pdf_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LadderWindow *self = LADDER_WINDOW (source);
  AdwToast *progress = user_data;
  g_autoptr (GError) error = NULL;

  ladder_window_dismiss_toast (progress);
  g_object_unref (progress);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    ladder_window_show_error_dialog (self, _("The PDF Could Not Be Saved"), error->message);
  else
    show_saved_toast (self, _("PDF saved"), g_object_get_data (G_OBJECT (result), "path"));
}

/* The program that makes exports in another language: this Ladder's own command line. */
static char *
ladder_binary (void)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

  if (g_getenv ("LADDER_BINARY") != NULL)
    return g_strdup (g_getenv ("LADDER_BINARY"));
  if (self_path != NULL)
    {
      g_autofree char *base = g_path_get_basename (self_path);

      if (g_str_equal (base, "ladder"))
        return g_steal_pointer (&self_path);
    }
  return g_build_filename (BINDIR, "ladder", NULL);
}

typedef struct
{
  LadderWindow *self;
  AdwToast *progress;
  char *folder; /* the temporary folder with the profile given to the command line */
  char *path;
  gboolean pdf;
} LanguageExport;

static void
language_export_free (LanguageExport *data)
{
  g_autofree char *profile = g_build_filename (data->folder, "profile.json", NULL);

  g_unlink (profile);
  g_rmdir (data->folder);
  ladder_window_dismiss_toast (data->progress);
  g_object_unref (data->progress);
  g_object_unref (data->self);
  g_free (data->folder);
  g_free (data->path);
  g_free (data);
}

static void
on_language_export_done_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  LanguageExport *data = user_data;
  GSubprocess *process = G_SUBPROCESS (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *errors = NULL;
  const char *title = data->pdf ? _("The PDF Could Not Be Saved")
                                : _("The Markdown File Could Not Be Saved");

  if (!g_subprocess_communicate_utf8_finish (process, result, NULL, &errors, &error))
    ladder_window_show_error_dialog (data->self, title, error->message);
  else if (!g_subprocess_get_successful (process))
    {
      /* The command line's one line: "ladder: FILE: why"; the dialog says the why. */
      g_autofree char *prefix = g_strdup_printf ("ladder: %s: ", data->path);
      const char *why = errors != NULL ? g_strstrip (errors) : "";

      if (g_str_has_prefix (why, prefix))
        why += strlen (prefix);
      ladder_window_show_error_dialog (data->self, title, why);
    }
  else
    show_saved_toast (data->self, data->pdf ? _("PDF saved") : _("Markdown saved"),
                      data->path);
  language_export_free (data);
}

/* An export in a language other than the interface's is made by Ladder's command line in that
 * language, from a copy of the profile as it is now: the window stays in its own language and
 * responsive meanwhile. */
static void
export_in_language (LadderWindow *self,
                    const char   *path,
                    gboolean      pdf,
                    const char   *language)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autofree char *binary = ladder_binary ();
  g_autofree char *profile = NULL;
  g_autofree char *data_text = NULL;
  LanguageExport *data;
  gsize length;
  const char *argv[8];

  data = g_new0 (LanguageExport, 1);
  data->self = g_object_ref (self);
  data->path = g_strdup (path);
  data->pdf = pdf;
  data->progress = ladder_toast_new_plain (pdf ? _("Saving PDF…") : _("Saving Markdown…"));
  adw_toast_set_timeout (data->progress, 0);
  data->folder = g_dir_make_tmp ("ladder-export-XXXXXX", &error);
  if (data->folder == NULL)
    {
      data->folder = g_strdup ("");
      ladder_window_show_error_dialog (self, pdf ? _("The PDF Could Not Be Saved")
                                   : _("The Markdown File Could Not Be Saved"),
                         error->message);
      language_export_free (data);
      return;
    }
  profile = g_build_filename (data->folder, "profile.json", NULL);
  data_text = ladder_profile_to_data (PROFILE (self), &length);
  argv[0] = binary;
  argv[1] = "--language";
  argv[2] = language;
  argv[3] = pdf ? "--export-pdf" : "--export-markdown";
  argv[4] = path;
  argv[5] = "--profile";
  argv[6] = profile;
  argv[7] = NULL;
  if (!g_file_set_contents_full (profile, data_text, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                 &error) ||
      (process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                            G_SUBPROCESS_FLAGS_STDERR_PIPE, &error)) == NULL)
    {
      ladder_window_show_error_dialog (self, pdf ? _("The PDF Could Not Be Saved")
                                   : _("The Markdown File Could Not Be Saved"),
                         error->message);
      language_export_free (data);
      return;
    }
  ladder_window_add_toast (self, g_object_ref (data->progress));
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_language_export_done_cb, data);
}

static void
export_report_to (LadderWindow *self,
                  const char   *path,
                  gboolean      pdf,
                  const char   *language)
{
  g_autoptr (GError) error = NULL;

  if (language != NULL && !g_str_equal (language, ladder_format_language ()))
    {
      export_in_language (self, path, pdf, language);
      return;
    }
  if (pdf)
    {
      /* The renderer works on a copy, in a thread: the window stays responsive. */
      AdwToast *progress = ladder_toast_new_plain (_("Saving PDF…"));
      g_autoptr (GTask) task = g_task_new (self, NULL, on_pdf_written_cb, progress);

      adw_toast_set_timeout (progress, 0);
      ladder_window_add_toast (self, g_object_ref (progress));
      g_task_set_task_data (task, ladder_profile_copy (PROFILE (self)), g_object_unref);
      g_object_set_data_full (G_OBJECT (task), "path", g_strdup (path), g_free);
      g_task_run_in_thread (task, write_pdf_thread);
      return;
    }
  {
    g_autofree char *markdown = ladder_report_to_markdown (
      ladder_profile_get_framework (PROFILE (self)), PROFILE (self));

    if (!g_file_set_contents_full (path, markdown, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                   &error))
      ladder_window_show_error_dialog (self, _("The Markdown File Could Not Be Saved"),
                                       error->message);
    else
      show_saved_toast (self, _("Markdown saved"), path);
  }
}

/**
 * ladder_window_export_report:
 * @path: where the file chooser said to write
 *
 * What the Export PDF / Export Markdown file chooser does with the file the person chose.
 */
void
ladder_window_export_report (LadderWindow *self,
                             const char   *path,
                             gboolean      pdf,
                             const char   *language)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (language == NULL || ladder_format_is_language (language));

  if (PROFILE (self) != NULL)
    export_report_to (self, path, pdf, language);
}

/* The file a chooser chose, as a local path; NULL after saying why not. */
static char *
chosen_local_path (LadderWindow    *self,
                   GtkNativeDialog *chooser,
                   const char      *title,
                   const char      *why)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path == NULL)
    ladder_window_show_error_dialog (self, title, why);
  return path;
}

static void
on_report_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               LadderWindow    *self)
{
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "pdf"));

  if (response == GTK_RESPONSE_ACCEPT && PROFILE (self) != NULL)
    {
      g_autofree char *path = chosen_local_path (self, chooser, _("The Report Could Not Be Saved"),
                                                 _("Only local files can be written."));
      const char *language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser),
                                                          "language");

      if (path != NULL)
        export_report_to (self, path, pdf,
                          ladder_format_is_language (language) ? language : NULL);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  gboolean pdf = g_str_equal (action_name, "win.export-pdf");
  g_autofree char *name = report_file_name (self, pdf ? "pdf" : "md", FALSE);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  ladder_window_save_now (self);
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("Markdown files"));
  gtk_file_filter_add_suffix (filter, pdf ? "pdf" : "md");
  chooser = gtk_file_chooser_native_new (pdf ? _("Export PDF") : _("Export Markdown"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  offer_export_folder (self, chooser);
  {
    /* The report can be written in any of Ladder's languages, whatever the interface's. The
     * interface's comes first: GTK 4.8's own file chooser (without a portal) ignores
     * set_choice() for a list and shows the first option. */
    const char * const *all = ladder_format_languages ();
    const char *codes[4] = { ladder_format_language (), NULL };
    const char *names[4] = { NULL };

    for (guint i = 0, n = 1; all[i] != NULL && n + 1 < G_N_ELEMENTS (codes); i++)
      if (!g_str_equal (all[i], codes[0]))
        codes[n++] = all[i];
    for (guint i = 0; codes[i] != NULL; i++)
      names[i] = ladder_format_language_name (codes[i]);
    /* Translators: the file chooser's choice of the language the report is written in */
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "language", _("Language"),
                                 codes, names);
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "language",
                                 ladder_format_language ());
  }
  g_object_set_data (G_OBJECT (chooser), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_report_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* What the Export Promotion Case file chooser does with the file the person chose. */
void
ladder_window_export_case (LadderWindow *self,
                           const char   *path)
{
  g_autoptr (GError) error = NULL;
  double width, height;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (PROFILE (self) == NULL)
    return;
  ladder_report_default_paper (&width, &height);
  if (!ladder_report_write_case_pdf (ladder_profile_get_framework (PROFILE (self)),
                                     PROFILE (self), path, width, height, &error))
    ladder_window_show_error_dialog (self, _("The PDF Could Not Be Saved"), error->message);
  else
    show_saved_toast (self, _("PDF saved"), path);
}

/* What the Export to Calendar file chooser does with the file the person chose. */
void
ladder_window_export_calendar (LadderWindow *self,
                               const char   *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *ics = NULL;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (PROFILE (self) == NULL)
    return;
  ics = ladder_calendar_to_ics (PROFILE (self));
  if (!g_file_set_contents_full (path, ics, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    ladder_window_show_error_dialog (self, _("The Calendar Could Not Be Saved"), error->message);
  else
    show_saved_toast (self, _("Calendar saved"), path);
}

static void
on_calendar_or_case_chooser_response_cb (GtkNativeDialog *chooser,
                                 int              response,
                                 LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      gboolean is_case = g_object_get_data (G_OBJECT (chooser), "case") != NULL;
      g_autofree char *path = chosen_local_path (self, chooser,
                                                 is_case ? _("The PDF Could Not Be Saved")
                                                         : _("The Calendar Could Not Be Saved"),
                                                 _("Only local files can be written."));

      if (path != NULL && is_case)
        ladder_window_export_case (self, path);
      else if (path != NULL)
        ladder_window_export_calendar (self, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* The plan's quarters, checkpoints and check-ins for a calendar application (iCalendar); or
 * the promotion case, as PDF. */
static void
export_calendar_or_case_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  gboolean is_case = g_str_equal (action_name, "win.export-case");
  g_autofree char *name = NULL;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  ladder_window_save_now (self);
  name = report_file_name (self, is_case ? "pdf" : "ics", is_case);
  if (is_case)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Calendar files"));
      gtk_file_filter_add_suffix (filter, "ics");
      gtk_file_filter_add_mime_type (filter, "text/calendar");
    }
  chooser = gtk_file_chooser_native_new (is_case ? _("Export Promotion Case")
                                                 : _("Export to Calendar"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  if (is_case)
    g_object_set_data (G_OBJECT (chooser), "case", GINT_TO_POINTER (1));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  offer_export_folder (self, chooser);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_calendar_or_case_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ladder_window_compare_ratings:
 * @path: another copy of the open profile: the one a manager rated, or one's own from before
 *
 * What the Compare Ratings file chooser does with the file chosen: a dialog with each skill
 * the two copies rate differently.
 */
void
ladder_window_compare_ratings (LadderWindow *self,
                               const char   *path)
{
  g_autoptr (LadderProfile) other = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) differences = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list, *scroller;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (PROFILE (self) == NULL)
    return;
  other = ladder_profile_load_file (path, &error);
  if (other == NULL)
    {
      ladder_window_show_error_dialog (self, _("The Copy Could Not Be Read"), error->message);
      return;
    }
  differences = ladder_profile_compare_ratings (PROFILE (self), other);
  body = differences->len == 0
    ? g_strdup_printf (_("Every skill has the same level in “%s” as in yours."),
                       ladder_profile_get_name (other))
    /* Translators: %u is a number of skills, %s the other copy's name */
    : g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u skill is rated differently in “%s”.",
                                  "%u skills are rated differently in “%s”.", differences->len),
                       differences->len, ladder_profile_get_name (other));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Ratings Compared"), body);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  scroller = ladder_form_scroller (list, 360);
  gtk_widget_set_visible (scroller, differences->len > 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  for (guint i = 0; i < differences->len; i++)
    {
      const LadderRatingDifference *difference = &g_array_index (differences,
                                                                 LadderRatingDifference, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (
        ladder_profile_get_skill_title (PROFILE (self), difference->skill), -1);
      /* Translators: a skill rated differently in two copies of the profile */
      g_autofree char *levels = g_strdup_printf (_("Yours: %d · In the copy: %d"),
                                                 difference->mine, difference->theirs);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), levels);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_compare_chooser_response_cb (GtkNativeDialog *chooser,
                                int              response,
                                LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = chosen_local_path (self, chooser, _("The Copy Could Not Be Read"),
                                                 _("Only local files can be read."));

      if (path != NULL)
        ladder_window_compare_ratings (self, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
compare_ratings_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Ladder profiles"));
  gtk_file_filter_add_suffix (filter, "json");
  chooser = gtk_file_chooser_native_new (_("Compare Ratings With a Copy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_compare_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  LadderWindow            *self)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      ladder_window_show_error_dialog (self, _("The Plan Could Not Be Printed"),
                         error != NULL ? error->message : "");
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;

  ladder_window_save_now (self);
  operation = ladder_print_operation_new (PROFILE (self));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    ladder_window_show_error_dialog (self, _("The Plan Could Not Be Printed"), error->message);
}

void
ladder_window_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-profile", NULL,
                                   import_profile_action);
  gtk_widget_class_install_action (widget_class, "win.export-profile", NULL,
                                   export_profile_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.export-markdown", NULL,
                                   export_report_action);
  gtk_widget_class_install_action (widget_class, "win.export-calendar", NULL,
                                   export_calendar_or_case_action);
  gtk_widget_class_install_action (widget_class, "win.export-case", NULL,
                                   export_calendar_or_case_action);
  gtk_widget_class_install_action (widget_class, "win.compare-ratings", NULL,
                                   compare_ratings_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-folder", "s",
                                   show_in_folder_action);
}
