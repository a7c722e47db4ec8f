/* SPDX-License-Identifier: GPL-3.0-or-later
 * Printing goes through GtkPrintOperation and the same renderer as the PDF export: exported to
 * a file under a real display, it gives the same pages. */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>

#include "core/ladder-planner.h"
#include "core/ladder-report.h"
#include "gui/ladder-print.h"

static char *
pdf_text (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, NULL));
  return out;
}

static char *
pages_line (const char *info)
{
  g_auto (GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_print_matches_pdf (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *printed = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (g_get_user_data_dir (), "exported.pdf", NULL);
  g_autofree char *printed_info = NULL, *exported_info = NULL;
  g_autofree char *printed_pages = NULL, *exported_pages = NULL;
  g_autofree char *printed_text = NULL, *exported_text = NULL;
  GtkPrintOperationResult result;
  GtkPaperSize *paper = gtk_paper_size_new (NULL);
  double width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  double height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);

  gtk_paper_size_free (paper);
  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);

  operation = ladder_print_operation_new (profile);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  ladder_test_drain ();

  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, exported,
                                          width, height, &error));
  printed_info = pdf_text ("pdfinfo", printed);
  exported_info = pdf_text ("pdfinfo", exported);
  printed_pages = pages_line (printed_info);
  exported_pages = pages_line (exported_info);
  g_assert_nonnull (printed_pages);
  g_assert_cmpstr (printed_pages, ==, exported_pages);

  printed_text = pdf_text ("pdftotext", printed);
  exported_text = pdf_text ("pdftotext", exported);
  g_assert_nonnull (strstr (printed_text, "Anna Petrova"));
  g_assert_cmpstr (printed_text, ==, exported_text);
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            gboolean                *done)
{
  *done = TRUE;
}

/* The print dialog's Language tab: an English window prints the plan in Russian, the plan's
 * items included. Printed to a file through the dialog's own Print button. */
static void
test_print_in_language (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *printed = g_build_filename (g_get_user_data_dir (), "printed-ru.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (printed, NULL, NULL);
  g_autofree char *text = NULL;
  GtkWidget *dialog = NULL, *tab, *dropdown = NULL, *parent;
  gboolean done = FALSE;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  operation = ladder_print_operation_new (profile);
  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), &done);
  parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (parent));
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (parent), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 100 && dialog == NULL; i++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      ladder_test_wait (50);
      for (guint t = 0; t < g_list_model_get_n_items (toplevels); t++)
        {
          g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, t);

          if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog") &&
              gtk_widget_get_visible (window))
            dialog = window;
        }
    }
  g_assert_nonnull (dialog);
  /* The Language tab: its drop-down, set to Russian as a person picks it. */
  tab = find_of_type (dialog, GTK_TYPE_NOTEBOOK);
  g_assert_nonnull (tab);
  for (int p = 0; p < gtk_notebook_get_n_pages (GTK_NOTEBOOK (tab)) && dropdown == NULL; p++)
    {
      GtkWidget *page = gtk_notebook_get_nth_page (GTK_NOTEBOOK (tab), p);
      const char *label = gtk_notebook_get_tab_label_text (GTK_NOTEBOOK (tab), page);

      if (g_strcmp0 (label, "Language") == 0)
        dropdown = find_of_type (page, GTK_TYPE_DROP_DOWN);
    }
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 2); /* English, 简体中文, Русский */
  for (guint i = 0; i < 100 && !gtk_widget_is_sensitive (ladder_test_find_button (dialog, "_Print")); i++)
    ladder_test_wait (50);
  ladder_test_click (ladder_test_find_button (dialog, "_Print"));
  for (guint i = 0; i < 200 && !done; i++)
    ladder_test_wait (50);
  g_assert_true (done);

  text = pdf_text ("pdftotext", printed);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Попробовать руководить людьми"));
  g_assert_null (strstr (text, "Try leading people"));
  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ladder_test_init_translations ();

  g_test_add_func ("/print/matches-pdf", test_print_matches_pdf);
  g_test_add_func ("/print/in-language", test_print_in_language);

  return g_test_run ();
}
